#include "ImportCredentialsDialog.h"

#include "ui_ImportCredentialsDialog.h"

#include "AccessKeyMask.h"
#include "ProfileStore.h"

#include <QDir>
#include <QHash>
#include <QPushButton>
#include <QSet>

namespace isb {

namespace {

constexpr int kCandidateRole = Qt::UserRole;
constexpr int kMaxNameLength = 64;

enum Column { NameColumn, SourceColumn, TypeColumn, KeyIdColumn, RegionColumn, NoteColumn };

QString displayPath(const QString &path) {
    const QString home = QDir::homePath();
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

QString typeText(const QString &mode) {
    if (mode == QLatin1String("AK") || mode == QLatin1String("access_key"))
        return ImportCredentialsDialog::tr("AccessKey");
    if (mode == QLatin1String("StsToken") || mode == QLatin1String("sts"))
        return ImportCredentialsDialog::tr("STS token");
    if (mode == QLatin1String("RamRoleArn") || mode == QLatin1String("ChainableRamRoleArn") ||
        mode == QLatin1String("ram_role_arn"))
        return ImportCredentialsDialog::tr("RAM role");
    return mode;
}

} // namespace

ImportCredentialsDialog::ImportCredentialsDialog(const QList<ImportResult> &sources,
                                                 const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportCredentialsDialog>())
    , m_existingNames(existingNames) {
    m_ui->setupUi(this);
    m_copyButton = m_ui->buttonBox->addButton(tr("&Copy to Keychain"), QDialogButtonBox::AcceptRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QStringList usedNames;
    QStringList fileLines;
    for (const ImportResult &source : sources) {
        const QString path = displayPath(source.sourcePath);
        switch (source.status) {
        case ImportResult::Status::FileNotFound:
            fileLines.append(tr("%1: not found").arg(path));
            continue;
        case ImportResult::Status::Unreadable:
            fileLines.append(tr("%1: cannot be read (%2)").arg(path, source.error));
            continue;
        case ImportResult::Status::Malformed:
            fileLines.append(tr("%1: not understood (%2)").arg(path, source.error));
            continue;
        case ImportResult::Status::Ok:
            break;
        }
        fileLines.append(tr("%1: %2 importable, %3 not supported")
                             .arg(path)
                             .arg(source.profiles.size())
                             .arg(source.unsupported.size()));
        addSource(source, usedNames);
    }
    m_ui->filesLabel->setText(fileLines.join(QLatin1Char('\n')));
    if (m_ui->profileTree->topLevelItemCount() == 0)
        m_ui->profilesLabel->setText(tr("No profiles found. The aliyun CLI keeps its profiles in "
                                        "~/.aliyun/config.json, the SDKs in ~/.alibabacloud/credentials."));
    // The Note column takes what is left (and shows the whole reason as a tool tip).
    for (int column = 0; column < NoteColumn; ++column)
        m_ui->profileTree->resizeColumnToContents(column);

    connect(m_ui->profileTree, &QTreeWidget::itemChanged, this, &ImportCredentialsDialog::validate);
    validate();
}

ImportCredentialsDialog::~ImportCredentialsDialog() = default;

QString ImportCredentialsDialog::suggestedName(const QString &sourceName) {
    QString name;
    for (const QChar c : sourceName) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                             c == QLatin1Char('_') || c == QLatin1Char('-');
        name.append(allowed ? c : QLatin1Char('-'));
    }
    while (!name.isEmpty() && !(name.front().isLetterOrNumber() && name.front().unicode() < 128))
        name.remove(0, 1);
    name.truncate(kMaxNameLength);
    if (name.isEmpty())
        name = QStringLiteral("imported");
    if (!ProfileStore::isValidProfileName(name)) // "Environment" is reserved
        name = QString(name + QStringLiteral("-imported")).left(kMaxNameLength);
    return name;
}

void ImportCredentialsDialog::addSource(const ImportResult &source, QStringList &usedNames) {
    const QString path = displayPath(source.sourcePath);
    const QSignalBlocker blocker(m_ui->profileTree);
    for (const ImportedProfile &profile : source.profiles) {
        // Both files commonly have a "default": the second one gets a suffix rather than silently
        // replacing the first in the same import.
        const QString base = suggestedName(profile.name);
        QString name = base;
        for (int n = 2; usedNames.contains(name, Qt::CaseSensitive); ++n)
            name = base.left(kMaxNameLength - 4) + QLatin1Char('-') + QString::number(n);
        usedNames.append(name);

        auto *item = new QTreeWidgetItem(m_ui->profileTree);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsEditable);
        item->setText(NameColumn, name);
        item->setData(NameColumn, kCandidateRole, int(m_candidates.size()));
        item->setText(SourceColumn, tr("%1 [%2]").arg(path, profile.name));
        item->setText(TypeColumn, typeText(profile.mode));
        if (profile.isRole()) {
            // A role has no key: the role it assumes, and with whose keys, instead.
            item->setText(KeyIdColumn, profile.role.roleArn);
            //: %1 is a role ARN, %2 the source profile's name in the file.
            item->setToolTip(
                KeyIdColumn,
                tr("Assumes %1 with the keys of \"%2\"").arg(profile.role.roleArn, profile.sourceProfile));
        } else {
            item->setText(KeyIdColumn, maskAccessKeyId(profile.credentials.accessKeyId));
        }
        item->setText(RegionColumn, profile.regionId);
        // Replacing a saved profile is a decision for the user, so it starts unticked.
        item->setCheckState(NameColumn, m_existingNames.contains(name) ? Qt::Unchecked : Qt::Checked);
        m_candidates.append(profile);
        m_candidateFiles.append(source.sourcePath);
    }
    for (const UnsupportedProfile &profile : source.unsupported) {
        auto *item = new QTreeWidgetItem(m_ui->profileTree);
        item->setFlags(Qt::ItemIsSelectable); // listed, so the user knows why it is missing; not enabled
        item->setText(NameColumn, profile.name);
        item->setText(SourceColumn, tr("%1 [%2]").arg(path, profile.name));
        item->setText(TypeColumn, typeText(profile.mode));
        item->setText(NoteColumn, profile.reason);
        item->setToolTip(NoteColumn, profile.reason);
    }
}

void ImportCredentialsDialog::validate() {
    const QSignalBlocker blocker(m_ui->profileTree);
    QSet<QString> chosen;
    QString problem;
    int count = 0;
    for (int i = 0; i < m_ui->profileTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->profileTree->topLevelItem(i);
        if (!item->data(NameColumn, kCandidateRole).isValid())
            continue;
        const QString name = item->text(NameColumn).trimmed();
        QString note;
        QString why;
        if (!ProfileStore::isValidProfileName(name, &why))
            note = why;
        else if (item->checkState(NameColumn) == Qt::Checked && chosen.contains(name))
            note = tr("Another ticked profile has this name");
        else if (m_existingNames.contains(name))
            note = tr("Replaces the saved profile \"%1\"").arg(name);
        item->setText(NoteColumn, note);
        item->setToolTip(NoteColumn, note);
        if (item->checkState(NameColumn) != Qt::Checked)
            continue;
        ++count;
        chosen.insert(name);
        if (problem.isEmpty() && !note.isEmpty() && !m_existingNames.contains(name))
            problem = tr("\"%1\": %2").arg(name, note);
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_copyButton->setEnabled(count > 0 && problem.isEmpty());
}

QList<ImportedProfile> ImportCredentialsDialog::chosenProfiles() const {
    // What each profile of each file is called here (suffixed or edited), so that a role profile names its
    // source by the name it is saved under.
    QHash<std::pair<QString, QString>, QString> savedAs;
    for (int i = 0; i < m_ui->profileTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->profileTree->topLevelItem(i);
        const QVariant index = item->data(NameColumn, kCandidateRole);
        if (index.isValid()) {
            const std::pair key{m_candidateFiles.value(index.toInt()),
                                m_candidates.value(index.toInt()).name};
            if (!savedAs.contains(key))
                savedAs.insert(key, item->text(NameColumn).trimmed());
        }
    }
    QList<ImportedProfile> chosen;
    for (int i = 0; i < m_ui->profileTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->profileTree->topLevelItem(i);
        const QVariant index = item->data(NameColumn, kCandidateRole);
        if (!index.isValid() || item->checkState(NameColumn) != Qt::Checked)
            continue;
        ImportedProfile profile = m_candidates.value(index.toInt());
        profile.name = item->text(NameColumn).trimmed();
        if (profile.isRole()) {
            // A source that is not in the list (an unsupported one) keeps a name this store accepts; the
            // profile then says it is missing when used.
            profile.sourceProfile =
                savedAs.value({m_candidateFiles.value(index.toInt()), profile.sourceProfile},
                              suggestedName(profile.sourceProfile));
        }
        chosen.append(profile);
    }
    return chosen;
}

void ImportCredentialsDialog::done(int result) {
    QDialog::done(result); // accepted() is handled, chosenProfiles() read, by now
    m_candidates.clear();
    m_candidateFiles.clear();
}

} // namespace isb
