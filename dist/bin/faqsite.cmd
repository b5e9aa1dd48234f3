@echo off
rem faqsite on Windows, as installed from a release archive: runs in the current folder as a site.
rem Java: the archive's runtime\ (a self-contained Windows archive), else JAVA_HOME, else java on the PATH (Java 17+).
rem Pagefind (search): FAQSITE_PAGEFIND, else the archive's pagefind\, else pagefind on the PATH.
setlocal
set "FAQSITE_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%FAQSITE_HOME%\runtime\bin\java.exe" set "JAVA=%FAQSITE_HOME%\runtime\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>nul || (
    echo faqsite: no Java found: install Java 17 or later, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
if not defined FAQSITE_PAGEFIND if exist "%FAQSITE_HOME%\pagefind\pagefind_extended.exe" set "FAQSITE_PAGEFIND=%FAQSITE_HOME%\pagefind\pagefind_extended.exe"
if not defined FAQSITE_PAGEFIND (
  for %%P in (pagefind_extended.exe pagefind.exe) do (
    if not defined FAQSITE_PAGEFIND if not "%%~$PATH:P"=="" set "FAQSITE_PAGEFIND=%%~$PATH:P"
  )
)
rem a build is a short burst of work: no C2 compiler, the serial collector; the server runs long on JVM defaults
set "OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
if "%~1"=="serve" set "OPTS="
if defined FAQSITE_JAVA_OPTS set "OPTS=%FAQSITE_JAVA_OPTS%"
"%JAVA%" %OPTS% -cp "%FAQSITE_HOME%\lib\faqsite.jar" dev.faqsite.cli.Main %*
exit /b %ERRORLEVEL%
