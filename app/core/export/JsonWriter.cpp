#include "JsonWriter.h"

namespace isb {

namespace {

constexpr int kIndent = 4;

} // namespace

JsonWriter::JsonWriter(QIODevice *device, Format format)
    : m_output(device)
    , m_format(format) {}

QByteArray JsonWriter::quote(QStringView text) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch; // UTF-8 continuation and lead bytes are all >= 0x80, so copying is safe
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline(qsizetype depth) {
    if (m_format == Format::Compact)
        return;
    m_output.buffer() += '\n';
    m_output.buffer().append(depth * kIndent, ' ');
}

void JsonWriter::prepareValue(QStringView key, bool hasKey) {
    Q_ASSERT(!m_finished);
    m_output.flushIfFull();
    if (m_stack.isEmpty()) {
        Q_ASSERT_X(!hasKey, "JsonWriter", "a top-level value has no key");
        return;
    }
    Level &level = m_stack.last();
    Q_ASSERT_X(hasKey != level.isArray, "JsonWriter", "object members need a key, array elements none");
    if (level.count++ > 0)
        m_output.buffer() += ',';
    newline(m_stack.size());
    if (hasKey) {
        m_output.buffer() += quote(key);
        m_output.buffer() += m_format == Format::Compact ? ":" : ": ";
    }
}

void JsonWriter::open(char bracket, bool isArray) {
    m_output.buffer() += bracket;
    m_stack.append(Level{isArray, 0});
}

void JsonWriter::close(char bracket, bool isArray) {
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().isArray == isArray, "JsonWriter", "unbalanced end");
    if (m_stack.isEmpty())
        return;
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline(m_stack.size());
    m_output.buffer() += bracket;
    m_output.flushIfFull();
}

void JsonWriter::beginObject() {
    prepareValue({}, false);
    open('{', false);
}

void JsonWriter::beginObject(QStringView key) {
    prepareValue(key, true);
    open('{', false);
}

void JsonWriter::endObject() {
    close('}', false);
}

void JsonWriter::beginArray() {
    prepareValue({}, false);
    open('[', true);
}

void JsonWriter::beginArray(QStringView key) {
    prepareValue(key, true);
    open('[', true);
}

void JsonWriter::endArray() {
    close(']', true);
}

void JsonWriter::writeString(QStringView value) {
    prepareValue({}, false);
    m_output.buffer() += quote(value);
}

void JsonWriter::writeString(QStringView key, QStringView value) {
    prepareValue(key, true);
    m_output.buffer() += quote(value);
}

void JsonWriter::writeNumber(qint64 value) {
    prepareValue({}, false);
    m_output.buffer() += QByteArray::number(value);
}

void JsonWriter::writeNumber(QStringView key, qint64 value) {
    prepareValue(key, true);
    m_output.buffer() += QByteArray::number(value);
}

void JsonWriter::writeBool(bool value) {
    prepareValue({}, false);
    m_output.buffer() += value ? "true" : "false";
}

void JsonWriter::writeBool(QStringView key, bool value) {
    prepareValue(key, true);
    m_output.buffer() += value ? "true" : "false";
}

void JsonWriter::writeNull(QStringView key) {
    prepareValue(key, true);
    m_output.buffer() += "null";
}

bool JsonWriter::finish() {
    Q_ASSERT_X(m_stack.isEmpty(), "JsonWriter", "finish() inside an object or array");
    if (!m_finished) {
        m_finished = true;
        m_output.buffer() += '\n';
    }
    return m_output.flush();
}

} // namespace isb
