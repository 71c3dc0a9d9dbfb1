#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace isb {

/// The chunking both export writers stream through: bytes collect in a buffer and go to the device in
/// writes of about 64 KiB, so a large export neither sits in memory whole nor costs a write per cell. The
/// first failed write sticks: later data is dropped and the error is kept for the caller.
class BufferedOutput final {
public:
    /// `device` must be open for writing and outlive this object.
    explicit BufferedOutput(QIODevice *device);
    /// Flushes what is still buffered.
    ~BufferedOutput();

    BufferedOutput(const BufferedOutput &) = delete;
    BufferedOutput &operator=(const BufferedOutput &) = delete;

    /// Where callers append; call flushIfFull() after a record.
    QByteArray &buffer() { return m_buffer; }
    void flushIfFull();
    /// Returns false if any write failed so far.
    bool flush();

    bool hasError() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    bool m_error = false;
    QString m_errorString;
};

} // namespace isb
