#include "KeychainStore.h"

#include "CredentialsLog.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace isb {

namespace {

// Field names inside the entry. JSON keeps the secret and the token in one entry, so a token can never
// outlive or belong to a different secret than the one stored beside it.
const auto kSecretField = QLatin1String("accessKeySecret");
const auto kTokenField = QLatin1String("securityToken");

template<typename Job> Job *makeJob(const QString &profileName) {
    // No parent: QtKeychain's backends keep a raw pointer to a running job until it finishes, so a job must
    // not be deleted early with some parent; autoDelete (the default) removes it after finished().
    auto *job = new Job(KeychainStore::serviceName());
    job->setKey(KeychainStore::keyFor(profileName));
    // Never store a secret in plain text in QSettings when no keychain is available.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

KeychainError errorOf(const QKeychain::Job *job) {
    return KeychainError::fromQtKeychain(job->error(), job->errorString());
}

void logFailure(const char *operation, const QString &profileName, const KeychainError &error) {
    // NotFound is an ordinary answer ("ask the user"), not worth a warning.
    if (error.kind == KeychainError::Kind::NotFound) {
        qCDebug(lcCredentials) << operation << "profile" << profileName << ": no keychain entry";
        return;
    }
    qCWarning(lcCredentials) << operation << "profile" << profileName
                             << "failed:" << KeychainError::kindName(error.kind) << error.message;
}

} // namespace

QString KeychainStore::serviceName() {
    return QStringLiteral("image-share-browser");
}

QString KeychainStore::keyFor(const QString &profileName) {
    return QLatin1String("profile:") + profileName;
}

void KeychainStore::writeSecret(const QString &profileName, const ProfileSecret &secret, QObject *context,
                                DoneHandler done) const {
    QJsonObject payload{{kSecretField, secret.accessKeySecret}};
    if (!secret.securityToken.isEmpty())
        payload.insert(kTokenField, secret.securityToken);

    auto *job = makeJob<QKeychain::WritePasswordJob>(profileName);
    job->setTextData(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [profileName, done = std::move(done)](QKeychain::Job *finished) {
                         const KeychainError error = errorOf(finished);
                         if (error.isError())
                             logFailure("write", profileName, error);
                         else
                             qCDebug(lcCredentials) << "stored the secret of profile" << profileName;
                         done(error);
                     });
    job->start();
}

void KeychainStore::readSecret(const QString &profileName, QObject *context, ReadHandler done) const {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profileName);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [profileName, done = std::move(done)](QKeychain::Job *finished) {
            KeychainError error = errorOf(finished);
            ProfileSecret secret;
            if (!error.isError()) {
                const auto *reader = static_cast<const QKeychain::ReadPasswordJob *>(finished);
                const QJsonDocument document = QJsonDocument::fromJson(reader->textData().toUtf8());
                const QJsonObject payload = document.object();
                secret.accessKeySecret = payload.value(kSecretField).toString();
                secret.securityToken = payload.value(kTokenField).toString();
                if (secret.accessKeySecret.isEmpty()) {
                    // Written by something else (or damaged); the content is not echoed, it may be a secret.
                    error = {
                        KeychainError::Kind::Other,
                        QObject::tr("The keychain entry of profile \"%1\" is not in the expected format; "
                                    "store the credentials again.")
                            .arg(profileName)};
                    secret = {};
                }
            }
            if (error.isError())
                logFailure("read", profileName, error);
            done(secret, error);
        });
    job->start();
}

void KeychainStore::deleteSecret(const QString &profileName, QObject *context, DoneHandler done) const {
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profileName);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [profileName, done = std::move(done)](QKeychain::Job *finished) {
                         KeychainError error = errorOf(finished);
                         // The goal of a delete is "no entry"; some backends report a missing one as an
                         // error.
                         if (error.kind == KeychainError::Kind::NotFound)
                             error = {};
                         if (error.isError())
                             logFailure("delete", profileName, error);
                         done(error);
                     });
    job->start();
}

} // namespace isb
