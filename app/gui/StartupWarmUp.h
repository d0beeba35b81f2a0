#pragma once

// Work the first frame will need, started on the other core at launch while the main thread starts Qt, opens the
// database and builds the window: fontconfig's configuration and font caches (Linux; about 9 ms here), then
// libphonenumber's metadata (about 10 ms), which the patient list needs for its first paint and waits for if it is
// not ready yet.
void startStartupWarmUp();
