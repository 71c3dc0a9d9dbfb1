#include "BufferedOutput.h"

#include <QIODevice>

namespace isb {

namespace {

// Large enough that 100,000 rows cost a few hundred writes, small enough to stay out of the way.
constexpr qsizetype kFlushThreshold = 64 * 1024;

} // namespace

BufferedOutput::BufferedOutput(QIODevice *device)
    : m_device(device) {
    m_buffer.reserve(kFlushThreshold + 4096);
}

BufferedOutput::~BufferedOutput() {
    flush();
}

void BufferedOutput::flushIfFull() {
    if (m_buffer.size() >= kFlushThreshold)
        flush();
}

bool BufferedOutput::flush() {
    if (m_error) {
        m_buffer.clear();
        return false;
    }
    if (m_buffer.isEmpty())
        return true;
    if (!m_device || m_device->write(m_buffer) != m_buffer.size()) {
        m_error = true;
        m_errorString = m_device ? m_device->errorString() : QString();
        if (m_errorString.isEmpty())
            m_errorString = QStringLiteral("write failed");
    }
    m_buffer.clear();
    return !m_error;
}

} // namespace isb
