# Install the pinned faqsite release: the self-contained Linux archive, checked against its SHA-256.
archive="faqsite-${FAQSITE_VERSION}-linux-x64.tar.gz"
if [ -z "${FAQSITE_SHA256:-}" ]; then
  echo "FAQSITE_SHA256 is empty: set it to the sum of ${archive} (its line in the release's SHA256SUMS)" >&2
  exit 1
fi
curl -fsSL --retry 3 -o "/tmp/${archive}" "${FAQSITE_RELEASE_URL%/}/${FAQSITE_VERSION}/${archive}"
echo "${FAQSITE_SHA256}  /tmp/${archive}" | sha256sum -c -
mkdir -p "$HOME/.faqsite"
tar -xzf "/tmp/${archive}" -C "$HOME/.faqsite"
export PATH="$HOME/.faqsite/faqsite-${FAQSITE_VERSION}/bin:$PATH"
faqsite --version
