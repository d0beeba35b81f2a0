#!/bin/bash
# Hand demo: clinicdesk-cli against the fake-twilio stand-in.
set -u
B=${1:?usage: messaging-demo.sh BUILD_DIR}
D=$(mktemp -d /tmp/handdemo.XXXX); mkfifo $D/in; exec 3<>$D/in
$B/tests/core/fake-twilio <&3 >$D/fake.log 2>&1 & FAKE=$!
sleep 1; eval "$(sed -n 2p $D/fake.log)"
export XDG_CONFIG_HOME=$D/cfg CLINICDESK_DATA_DIR=$D/data
CLI=$B/app/clinicdesk-cli
$CLI patients add --first Ann --last Lee --phone "(415) 555-0123" --consent >/dev/null
echo '$ clinicdesk-cli send --patient 1 --body "Your lab results are in. Please call us." --json'
$CLI send --patient 1 --body "Your lab results are in. Please call us." --json | grep -E '"(id|sid|status|error_code|error_message)"'; echo "exit ${PIPESTATUS[0]}"
sleep 4
echo '$ clinicdesk-cli sync --json'; $CLI sync --json | tr -d '\n '; echo
echo '$ clinicdesk-cli messages --patient 1'; $CLI messages --patient 1
echo 'inbound +14155550123 Thanks, I will call this afternoon' >&3; sleep 1
echo '$ clinicdesk-cli sync --json'; $CLI sync --json | tr -d '\n '; echo
echo '$ clinicdesk-cli messages --patient 1'; $CLI messages --patient 1
echo 'inbound +14155550123 STOP' >&3; sleep 1
echo '$ clinicdesk-cli sync'; $CLI sync
echo '$ clinicdesk-cli send --patient 1 --body "Hello again"'; $CLI send --patient 1 --body "Hello again"; echo "exit $?"
echo list >&3; sleep 0.5
echo "--- fake-twilio log"; cat $D/fake.log
kill $FAKE
