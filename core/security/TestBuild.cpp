#include "core/security/TestBuild.h"

#include <atomic>

namespace cd {

namespace {
std::atomic<bool> testOverrides{false};
} // namespace

bool isTestBuild()
{
    return testOverrides.load();
}

void enableTestOverrides()
{
    testOverrides = true;
}

} // namespace cd
