@echo off
rem faqsite, as installed from the portable archive, on Windows: runs in the current folder as a site.
rem Java 17+: JAVA_HOME, else java on the PATH. Pagefind (search): FAQSITE_PAGEFIND, else pagefind on the PATH.
setlocal
set "FAQSITE_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul || if not exist "%JAVA%" (
  echo faqsite: no Java found: install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 2
)
if not defined FAQSITE_PAGEFIND (
  for %%P in (pagefind_extended.exe pagefind.exe) do (
    if not defined FAQSITE_PAGEFIND if not "%%~$PATH:P"=="" set "FAQSITE_PAGEFIND=%%~$PATH:P"
  )
)
set "OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
if "%~1"=="serve" set "OPTS="
if defined FAQSITE_JAVA_OPTS set "OPTS=%FAQSITE_JAVA_OPTS%"
"%JAVA%" %OPTS% -jar "%FAQSITE_HOME%\lib\faqsite.jar" %*
exit /b %ERRORLEVEL%
