#pragma once

#include <QString>

#include <unistd.h>

namespace isb::cli {

/// Longer than any AccessKey Secret or STS token; readSecretLine() refuses a longer line rather than cut it.
inline constexpr int kMaxSecretLineBytes = 16384;

/// Echo off on the terminal `fd` while it lives, for typing a secret. The terminal is put back before the
/// process stops (Ctrl+Z, SIGTSTP), so the shell gets its echo back, and echo goes off again when it
/// continues (`fg`, SIGCONT). Only one may live at a time.
class HiddenTerminalInput final {
public:
    explicit HiddenTerminalInput(int fd);
    ~HiddenTerminalInput();
    HiddenTerminalInput(const HiddenTerminalInput &) = delete;
    HiddenTerminalInput &operator=(const HiddenTerminalInput &) = delete;

    /// False when `fd` is no terminal or its mode could not be changed.
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

/// One line of a secret, read from standard input.
struct SecretLine {
    enum class Status { Read, EndOfInput, TooLong };
    Status status = Status::EndOfInput;
    QString text; // without the line end (LF or CR LF)
};

/// Reads one line from `fd` with read(2), a byte at a time: no stdio buffer keeps a copy of the secret, and
/// nothing after the line is consumed, so a script can give the rest of its input to a later program. The
/// bytes are wiped (explicit_bzero) before returning. On a terminal `prompt` goes to standard error and echo
/// is off while typing (HiddenTerminalInput). SIGINT, SIGTERM or SIGHUP while waiting put the terminal back
/// and end the process with 128 + the signal's number: nothing has been saved yet, and the event loop that
/// would otherwise see the signal does not run during the read.
SecretLine readSecretLine(const QString &prompt, int fd = STDIN_FILENO);

} // namespace isb::cli
