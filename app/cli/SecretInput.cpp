#include "SecretInput.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <termios.h>

namespace isb::cli {

namespace {

// What the signal handlers need. Only async-signal-safe calls (tcsetattr, sigaction, sigprocmask, raise,
// _exit) touch them.
int g_terminal = -1;
struct termios g_savedMode;
struct termios g_hiddenMode;
volatile std::sig_atomic_t g_hidden = 0; // the terminal is in g_hiddenMode

void putTerminalBack() {
    if (g_hidden)
        tcsetattr(g_terminal, TCSAFLUSH, &g_savedMode);
    g_hidden = 0;
}

void hideAgain() {
    if (g_terminal >= 0 && !g_hidden && tcsetattr(g_terminal, TCSAFLUSH, &g_hiddenMode) == 0)
        g_hidden = 1;
}

extern "C" void onStop(int signalNumber) {
    const int savedErrno = errno;
    const bool wasHidden = g_hidden;
    putTerminalBack();
    // Stop as if this handler had not been there (SIG_DFL), with the terminal as the shell expects it; the
    // signal is blocked while its handler runs, so unblock it for the stop to happen here.
    struct sigaction defaultAction {};
    defaultAction.sa_handler = SIG_DFL;
    struct sigaction ours {};
    sigaction(signalNumber, &defaultAction, &ours);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signalNumber);
    sigprocmask(SIG_UNBLOCK, &set, nullptr);
    raise(signalNumber);
    // Continued (fg): typing goes on hidden.
    sigprocmask(SIG_BLOCK, &set, nullptr);
    sigaction(signalNumber, &ours, nullptr);
    if (wasHidden)
        hideAgain();
    errno = savedErrno;
}

extern "C" void onContinue(int) {
    const int savedErrno = errno;
    hideAgain(); // also after a SIGSTOP, which no handler sees
    errno = savedErrno;
}

extern "C" void onTermination(int signalNumber) {
    putTerminalBack();
    _exit(128 + signalNumber);
}

/// Installs `handler` for the signals `numbers` while it lives, and puts the previous actions back.
template<std::size_t N> class SignalActions final {
public:
    SignalActions(const std::array<int, N> &numbers, void (*handler)(int))
        : m_signals(numbers) {
        struct sigaction action {};
        action.sa_handler = handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART; // read() goes on after a stop and continue
        for (std::size_t i = 0; i < N; ++i)
            sigaction(m_signals[i], &action, &m_previous[i]);
    }
    ~SignalActions() {
        for (std::size_t i = 0; i < N; ++i)
            sigaction(m_signals[i], &m_previous[i], nullptr);
    }
    SignalActions(const SignalActions &) = delete;
    SignalActions &operator=(const SignalActions &) = delete;

private:
    std::array<int, N> m_signals;
    std::array<struct sigaction, N> m_previous{};
};

} // namespace

HiddenTerminalInput::HiddenTerminalInput(int fd) {
    if (isatty(fd) != 1 || tcgetattr(fd, &g_savedMode) != 0)
        return;
    g_terminal = fd;
    g_hiddenMode = g_savedMode;
    g_hiddenMode.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    g_hiddenMode.c_lflag |= ECHONL; // the Enter still moves to the next line
    hideAgain();
    m_active = g_hidden;
}

HiddenTerminalInput::~HiddenTerminalInput() {
    putTerminalBack();
    g_terminal = -1;
}

SecretLine readSecretLine(const QString &prompt, int fd) {
    const SignalActions<3> termination({SIGINT, SIGTERM, SIGHUP}, onTermination);
    const bool terminal = isatty(fd) == 1;
    if (terminal) {
        const QByteArray bytes = prompt.toUtf8();
        [[maybe_unused]] const auto written =
            ::write(STDERR_FILENO, bytes.constData(), std::size_t(bytes.size()));
    }
    // The stop and continue handlers are there only while the terminal is hidden; the order of these
    // declarations makes them go before the terminal is put back.
    const HiddenTerminalInput hidden(terminal ? fd : -1);
    const SignalActions<1> stop({SIGTSTP}, onStop);
    const SignalActions<1> resume({SIGCONT}, onContinue);

    std::array<char, kMaxSecretLineBytes> buffer;
    std::size_t size = 0;
    bool endOfLine = false;
    bool tooLong = false;
    bool anything = false;
    while (!endOfLine) {
        char byte = 0;
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // end of input (or an error, which is the same to the caller)
        anything = true;
        if (byte == '\n')
            endOfLine = true;
        else if (size < buffer.size())
            buffer[size++] = byte;
        else
            tooLong = true; // read on to the line end, so the next line is where the caller expects it
        explicit_bzero(&byte, sizeof byte);
    }
    SecretLine line;
    if (tooLong) {
        line.status = SecretLine::Status::TooLong;
    } else if (anything) {
        if (size > 0 && buffer[size - 1] == '\r')
            --size; // a file edited on Windows
        line.status = SecretLine::Status::Read;
        line.text = QString::fromUtf8(buffer.data(), qsizetype(size));
    }
    explicit_bzero(buffer.data(), buffer.size());
    return line;
}

} // namespace isb::cli
