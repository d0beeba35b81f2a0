#pragma once

#include <QString>

namespace cd {

// A send's unguessable code: 128 bits from the operating system's cryptographic generator, base64url without
// padding (22 characters, safe in a URL without escaping).
namespace IntakeToken {
constexpr int Bits = 128;
QString generate();
} // namespace IntakeToken

} // namespace cd
