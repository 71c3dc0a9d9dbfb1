#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// A deliberately strict RFC 4180 reader for the tests: CRLF record ends only, quotes only around whole
/// fields, doubled quotes inside them, nothing after a closing quote but a comma or CRLF. Anything the
/// writer gets slightly wrong makes it fail instead of guessing.
class Rfc4180Parser final {
public:
    /// Parses UTF-8 `bytes` (no BOM). Returns false and sets `error` on the first violation.
    static bool parse(const QByteArray &bytes, QList<QStringList> *records, QString *error);
};
