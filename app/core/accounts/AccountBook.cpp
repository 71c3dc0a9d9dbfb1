#include "AccountBook.h"

#include "CsvReader.h"
#include "EcsTypes.h"
#include "SettingsKeys.h"
#include "export/CsvWriter.h"
#include "export/ExportError.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

#include <cerrno>

namespace isb {

namespace {

const QStringList &header() {
    static const QStringList columns{QStringLiteral("AccountId"), QStringLiteral("Label"),
                                     QStringLiteral("Trust")};
    return columns;
}

/// The writer guards a label that a spreadsheet would run as a formula with a leading `'`; reading takes
/// that guard off again, so that saving and loading the book does not grow the label each time.
QString unguarded(const QString &field) {
    if (field.startsWith(QLatin1Char('\'')) && CsvWriter::needsFormulaGuard(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

bool hasControlCharacter(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

AccountBook::AccountBook(QObject *parent)
    : AccountBook(defaultFilePath(), parent) {}

AccountBook::AccountBook(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath) {}

AccountBook::~AccountBook() = default;

QString AccountBook::defaultFilePath() {
    // GenericConfigLocation plus the shared names, not AppConfigLocation: the CLI does not set the
    // window's organization and application names, yet both must find the same file.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return base + QLatin1Char('/') + SettingsKeys::organizationName + QLatin1Char('/') +
           SettingsKeys::applicationName + QStringLiteral("/accounts.csv");
}

QString AccountBook::trustName(Trust trust) {
    switch (trust) {
    case Trust::Own:
        return QStringLiteral("own");
    case Trust::Trusted:
        return QStringLiteral("trusted");
    case Trust::None:
        break;
    }
    return QString();
}

std::optional<AccountBook::Trust> AccountBook::trustFromName(QStringView name) {
    for (const Trust trust : {Trust::None, Trust::Trusted, Trust::Own}) {
        if (name == trustName(trust))
            return trust;
    }
    return std::nullopt;
}

QString AccountBook::trustText(Trust trust) {
    switch (trust) {
    case Trust::Own:
        return tr("Own");
    case Trust::Trusted:
        return tr("Trusted");
    case Trust::None:
        break;
    }
    return QString();
}

QString AccountBook::validationError(const QString &accountId, const QString &label) {
    if (!Account::isValidId(accountId))
        return tr("\"%1\" is not an account ID (digits only, at most 20)").arg(accountId.left(40));
    if (label.size() > maxLabelLength)
        return tr("the label is longer than %1 characters").arg(maxLabelLength);
    // A line break or escape sequence in a label would break every table and one-line message it shows in.
    if (hasControlCharacter(label))
        return tr("the label contains a line break or another control character");
    return QString();
}

AccountBook::Report AccountBook::parse(const QByteArray &bytes, QList<Entry> *entries) {
    Report report;
    entries->clear();
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // Excel writes one before UTF-8
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        report.error = tr("the file is not UTF-8 text");
        return report;
    }
    const QList<CsvReader::Record> records = CsvReader::records(text);
    auto firstRecord = records.cbegin();
    while (firstRecord != records.cend() && firstRecord->isBlank())
        ++firstRecord;
    if (firstRecord == records.cend())
        return report; // an empty file is an empty book
    if (firstRecord->fields != header()) {
        report.error =
            tr("line %1: the first row must be the header AccountId,Label,Trust").arg(firstRecord->line);
        return report;
    }
    QHash<QString, int> firstLine;
    for (auto record = firstRecord + 1; record != records.cend(); ++record) {
        if (record->isBlank())
            continue;
        auto skip = [&](const QString &message) { report.issues.append({record->line, message}); };
        if (!record->error.isEmpty()) {
            skip(tr("not valid CSV (%1)").arg(record->error));
            continue;
        }
        if (record->fields.size() != 3) {
            skip(tr("%n field(s) instead of 3", nullptr, int(record->fields.size())));
            continue;
        }
        const QString accountId = record->fields.at(0);
        const QString label = unguarded(record->fields.at(1));
        const QString error = validationError(accountId, label);
        if (!error.isEmpty()) {
            skip(error);
            continue;
        }
        const std::optional<Trust> trust = trustFromName(record->fields.at(2));
        if (!trust) {
            skip(tr("unknown trust \"%1\" (own, trusted or empty)").arg(record->fields.at(2).left(40)));
            continue;
        }
        if (const int line = firstLine.value(accountId); line > 0) {
            skip(tr("account %1 is already on line %2").arg(accountId).arg(line));
            continue;
        }
        firstLine.insert(accountId, record->line);
        entries->append({accountId, label, *trust});
    }
    report.added = int(entries->size());
    return report;
}

QByteArray AccountBook::serialize(const QList<Entry> &entries) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(header());
    for (const Entry &entry : entries)
        writer.writeRow({entry.accountId, entry.label, trustName(entry.trust)});
    writer.flush();
    return buffer.data();
}

AccountBook::Report AccountBook::readFile(const QString &file, QList<Entry> *entries) {
    Report report;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        report.error = ExportError::fromFile(file, errno, input.errorString()).toOneLine();
        return report;
    }
    // Read one byte past the limit rather than trusting size(): a FIFO or /proc file reports 0.
    const QByteArray bytes = input.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        report.error = tr("%1 is larger than %2 MB; it cannot be an account book")
                           .arg(QDir::toNativeSeparators(file))
                           .arg(maxFileSize / (1024 * 1024));
        return report;
    }
    if (input.error() != QFileDevice::NoError) {
        report.error = ExportError::fromFile(file, 0, input.errorString()).toOneLine();
        return report;
    }
    report = parse(bytes, entries);
    if (!report.ok())
        report.error = QDir::toNativeSeparators(file) + QStringLiteral(": ") + report.error;
    return report;
}

AccountBook::Report AccountBook::writeFile(const QString &file, const QList<Entry> &entries) {
    Report report;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile output(file);
    const QByteArray bytes = serialize(entries);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit())
        report.error = ExportError::fromFile(file, errno, output.errorString()).toOneLine();
    return report;
}

AccountBook::Report AccountBook::load() {
    if (!QFileInfo::exists(m_filePath)) {
        setEntries({});
        return Report{};
    }
    QList<Entry> loaded;
    Report report = readFile(m_filePath, &loaded);
    if (report.ok())
        setEntries(loaded);
    return report;
}

AccountBook::Report AccountBook::save() const {
    return writeFile(m_filePath, m_entries);
}

AccountBook::Report AccountBook::exportTo(const QString &file) const {
    return writeFile(file, m_entries);
}

AccountBook::Report AccountBook::import(const QString &file) {
    QList<Entry> incoming;
    Report report = readFile(file, &incoming);
    if (!report.ok())
        return report;
    report.added = 0;
    for (const Entry &entry : incoming) {
        const int row = indexOf(entry.accountId);
        if (row < 0) {
            m_index.insert(entry.accountId, int(m_entries.size()));
            m_entries.append(entry);
            ++report.added;
        } else if (m_entries.at(row) == entry) {
            ++report.unchanged;
        } else {
            m_entries[row] = entry;
            ++report.updated;
        }
    }
    if (report.added + report.updated > 0)
        emit changed();
    return report;
}

std::optional<AccountBook::Entry> AccountBook::entry(const QString &accountId) const {
    const int row = indexOf(accountId);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row);
}

AccountBook::Report AccountBook::set(const QString &accountId, const QString &label, Trust trust) {
    Report report;
    report.error = validationError(accountId, label);
    if (!report.ok())
        return report;
    const Entry entry{accountId, label, trust};
    const int row = indexOf(accountId);
    if (row < 0) {
        m_index.insert(accountId, int(m_entries.size()));
        m_entries.append(entry);
        report.added = 1;
    } else if (m_entries.at(row) == entry) {
        report.unchanged = 1;
        return report;
    } else {
        m_entries[row] = entry;
        report.updated = 1;
    }
    emit changed();
    return report;
}

bool AccountBook::remove(const QString &accountId) {
    const int row = indexOf(accountId);
    if (row < 0)
        return false;
    m_entries.removeAt(row);
    rebuildIndex();
    emit changed();
    return true;
}

void AccountBook::setEntries(const QList<Entry> &entries) {
    m_entries = entries;
    rebuildIndex();
    emit changed();
}

void AccountBook::rebuildIndex() {
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_index.insert(m_entries.at(row).accountId, row);
}

void AccountBook::setCallerAccountId(const QString &accountId) {
    if (accountId == m_callerAccountId)
        return;
    m_callerAccountId = accountId;
    emit changed();
}

void AccountBook::setDirectoryAccountIds(const QStringList &accountIds) {
    if (accountIds == m_directoryAccountIds)
        return;
    m_directoryAccountIds = accountIds;
    emit changed();
}

AccountBook::Trust AccountBook::trustOf(const QString &accountId) const {
    if (!m_callerAccountId.isEmpty() && accountId == m_callerAccountId)
        return Trust::Own;
    if (m_directoryAccountIds.contains(accountId))
        return Trust::Own;
    const int row = indexOf(accountId);
    return row < 0 ? Trust::None : m_entries.at(row).trust;
}

QString AccountBook::labelOf(const QString &accountId) const {
    const int row = indexOf(accountId);
    return row < 0 ? QString() : m_entries.at(row).label;
}

} // namespace isb
