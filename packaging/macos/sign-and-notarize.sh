#!/usr/bin/env bash
# macOS signing for ClinicDesk. Runs on a Mac with Xcode's command-line tools; nothing here can run on Linux.
#   sign-and-notarize.sh sign DIR        sign every clinicdesk.app under DIR, inside out, hardened runtime
#   sign-and-notarize.sh notarize FILE   submit a DMG or .pkg to Apple, wait, staple the ticket, validate
# Environment (never in the repository):
#   CLINICDESK_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)"
#   CLINICDESK_KEYCHAIN            keychain holding it (optional)
#   CLINICDESK_NOTARY_PROFILE      a notarytool keychain profile (xcrun notarytool store-credentials), or
#   CLINICDESK_NOTARY_KEY / _KEY_ID / _ISSUER   an App Store Connect API key (.p8 path, key id, issuer id)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
what="${1:?sign DIR | notarize FILE}"
target="${2:?}"
keychain=()
[ -n "${CLINICDESK_KEYCHAIN:-}" ] && keychain=(--keychain "$CLINICDESK_KEYCHAIN")

sign() {
    # Apple advises against --deep: sign nested code first (plugins, frameworks, the CLI), the bundle last.
    codesign --force --timestamp --options runtime "${keychain[@]}" --sign "$CLINICDESK_CODESIGN_IDENTITY" "$@"
}

case "$what" in
sign)
    find "$target" -name clinicdesk.app -type d | while read -r app; do
        find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f | while read -r lib; do sign "$lib"; done
        find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -type d 2>/dev/null |
            while read -r framework; do sign "$framework"; done
        sign --entitlements "$here/entitlements.plist" "$app/Contents/MacOS/clinicdesk-cli"
        sign --entitlements "$here/entitlements.plist" "$app"
        codesign --verify --strict --deep --verbose=2 "$app"
    done
    ;;
notarize)
    if [ -n "${CLINICDESK_NOTARY_PROFILE:-}" ]; then
        auth=(--keychain-profile "$CLINICDESK_NOTARY_PROFILE")
    else
        auth=(--key "$CLINICDESK_NOTARY_KEY" --key-id "$CLINICDESK_NOTARY_KEY_ID" --issuer "$CLINICDESK_NOTARY_ISSUER")
    fi
    xcrun notarytool submit "$target" "${auth[@]}" --wait
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    case "$target" in
    *.dmg) spctl --assess --type open --context context:primary-signature --verbose=2 "$target" ;;
    *.pkg) spctl --assess --type install --verbose=2 "$target" ;;
    esac
    ;;
*)
    echo "usage: $0 sign DIR | notarize FILE" >&2
    exit 2
    ;;
esac
