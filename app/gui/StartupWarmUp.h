#pragma once

// Work the first frame will need, started on the other core at launch while the main thread starts Qt, opens the
// database and builds the window: fontconfig's configuration and font cache (Linux; about 9 ms here), then
// libphonenumber's metadata (about 10 ms). Whatever is not done yet when the main thread needs it, it waits for.
void startStartupWarmUp();
