#pragma once

#include <QObject>

class QSocketNotifier;

namespace isb {

/// Turns SIGINT and SIGTERM into a Qt signal. The handler only writes one byte to a socket pair (the
/// only async-signal-safe way to reach the event loop); the reading end is watched by a QSocketNotifier.
/// The simulator quits on it; image-share-cli abandons its work and exits 128 + the signal's number.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// False when the socket pair or the handlers could not be set up.
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace isb
