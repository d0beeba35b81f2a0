#pragma once

namespace cd::cli {

class Context;

// clinicdesk-cli patients export-record ID --format pdf|csv [--output FILE]
int exportRecord(Context &sub);

} // namespace cd::cli
