#pragma once

// The CLI tests' way to start ecs-simulator as a process of its own: it prints "listening on URL" on its
// first line once it accepts connections (app/simulator/README.md), on a port it picked.
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace isb::test {

/// Starts `program` with `arguments` and waits for its "listening on" line: the endpoint URL, or an empty
/// string when it did not start or printed something else (`why` then says what went wrong).
inline QString startSimulatorProcess(QProcess &process, const QString &program, const QStringList &arguments,
                                     QString *why = nullptr) {
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return fail(process.errorString());
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return fail(QStringLiteral("the simulator printed no 'listening on' line"));
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression listening(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)/?$"));
    const QRegularExpressionMatch match = listening.match(line);
    return match.hasMatch() ? match.captured(1) : fail(line);
}

} // namespace isb::test
