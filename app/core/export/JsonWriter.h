#pragma once

#include "BufferedOutput.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

class QIODevice;

namespace isb {

/// Writes JSON to a QIODevice as it goes, keeping keys in the order they are written. QJsonObject sorts
/// its keys, and the export formats promise the API's order, so the documents are built with this instead.
/// Output is UTF-8, indented by four spaces like QJsonDocument::Indented, and ends with a newline.
///
/// Members of an object take a key; elements of an array do not. Misuse (a value without a key inside an
/// object, unbalanced ends) is a programming error caught by Q_ASSERT.
class JsonWriter final {
public:
    enum class Format { Indented, Compact };

    /// `device` must be open for writing and outlive the writer.
    explicit JsonWriter(QIODevice *device, Format format = Format::Indented);
    /// Flushes what is still buffered; call finish() first to see whether that worked.
    ~JsonWriter() = default;

    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void beginObject(QStringView key);
    void endObject();
    void beginArray();
    void beginArray(QStringView key);
    void endArray();

    void writeString(QStringView value);
    void writeString(QStringView key, QStringView value);
    void writeNumber(qint64 value);
    void writeNumber(QStringView key, qint64 value);
    void writeBool(bool value);
    void writeBool(QStringView key, bool value);
    void writeNull(QStringView key);

    /// Ends the document with a newline and flushes. Returns false if any write to the device failed.
    bool finish();
    bool hasError() const { return m_output.hasError(); }
    QString errorString() const { return m_output.errorString(); }

    /// `text` as a quoted JSON string (RFC 8259 escapes; non-ASCII stays as UTF-8).
    static QByteArray quote(QStringView text);

private:
    struct Level {
        bool isArray = false;
        int count = 0;
    };

    void prepareValue(QStringView key, bool hasKey);
    void open(char bracket, bool isArray);
    void close(char bracket, bool isArray);
    void newline(qsizetype depth);

    BufferedOutput m_output;
    Format m_format;
    QList<Level> m_stack;
    bool m_finished = false;
};

} // namespace isb
