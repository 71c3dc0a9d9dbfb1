#pragma once

namespace isb::cli {

/// The CLI's exit statuses; scripts depend on them, so values never change (see README.md).
enum class ExitCode : int {
    Ok = 0,
    Internal = 1,    // a bug: nothing the user can fix
    Usage = 2,       // bad command line, refused endpoint; nothing was sent
    Credentials = 3, // credentials missing or malformed, or rejected by the service
    Api = 4,         // the service answered with an error (not found, Forbidden.RAM, throttling ...)
    Network = 5,     // no usable answer: connection, timeout, TLS, malformed response
    Output = 6,      // the result could not be written (--output file or standard output)
    Findings = 10,   // check: the audit was complete and found at least one finding
};

} // namespace isb::cli
