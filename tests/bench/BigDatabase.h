#pragma once

#include <QString>

namespace cd::bench {

// The busy clinic's database every large scenario runs on: BENCH_PATIENTS patients (100,000) and BENCH_MESSAGES
// messages (1,000,000), one thread of 10,000, the rest spread over patients and about 1% from unknown numbers, a
// few hundred unread. Made once under BENCH_DB_DIR (default /tmp/clinicdesk-bench-P-M) and reused while its marker
// matches. Returns the data directory (holding clinicdesk.sqlite), or an empty string on failure.
QString bigDatabaseDir();
int bigPatients();
int bigMessages();
constexpr qint64 BigThreadPatientId = 1; // the patient with the 10,000-message thread

} // namespace cd::bench
