// The signer's canonicalisation on arbitrary parameters: the canonical query string is sorted by
// encoded name and decodes back to exactly the parameters, the same input always gives the same bytes,
// and what RequestSigner signs the simulator's verifier accepts (verify(sign(x)), V3 and V1).
// Input: NUL-separated name, value, name, value ...; the first byte picks V3 or V1.
#include "FuzzSupport.h"
#include "RequestSigner.h"
#include "SignatureVerifier.h"

#include <QUrl>

using namespace isb;

namespace {

// What the V1 signer sets itself: a caller's parameter of that name is not a parameter of the API.
const QStringList kV1CommonParameters = {
    QStringLiteral("AccessKeyId"),    QStringLiteral("Action"),           QStringLiteral("Format"),
    QStringLiteral("SecurityToken"),  QStringLiteral("Signature"),        QStringLiteral("SignatureMethod"),
    QStringLiteral("SignatureNonce"), QStringLiteral("SignatureVersion"), QStringLiteral("Timestamp"),
    QStringLiteral("Version"),
};

IncomingRequest incoming(const SignedRequest &signed_) {
    IncomingRequest request;
    request.method = signed_.method;
    request.path = signed_.url.path(QUrl::FullyEncoded).toUtf8();
    request.rawQuery = signed_.url.query(QUrl::FullyEncoded).toUtf8();
    request.headers = signed_.headers;
    request.body = signed_.body;
    if (!request.body.isEmpty())
        request.headers.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const SignatureVersion version = fuzz::mode(input, 2) == 0 ? SignatureVersion::V3 : SignatureVersion::V1;
    const QByteArrayList parts = fuzz::payload(input).split('\0');
    QMap<QString, QString> parameters;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        const QString name = QString::fromUtf8(parts.at(i));
        if (name.isEmpty() || (version == SignatureVersion::V1 && kV1CommonParameters.contains(name)))
            continue;
        parameters.insert(name, QString::fromUtf8(parts.at(i + 1)));
    }

    // Canonical form: stable, sorted by encoded name, and lossless.
    const QByteArray canonical = RequestSigner::canonicalQueryString(parameters);
    ISB_FUZZ_CHECK(canonical == RequestSigner::canonicalQueryString(parameters), "unstable canonical form");
    QMap<QString, QString> decoded;
    QByteArray previousName;
    for (const QByteArray &pair : canonical.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        ISB_FUZZ_CHECK(equals > 0, "a pair without a name");
        const QByteArray name = pair.left(equals);
        ISB_FUZZ_CHECK(previousName.isNull() || previousName < name, "names not strictly sorted");
        previousName = name;
        for (const char c : pair) {
            const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~' ||
                                    c == '%' || c == '=';
            ISB_FUZZ_CHECK(unreserved, "a reserved byte left unencoded");
        }
        decoded.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
    }
    ISB_FUZZ_CHECK(decoded == parameters, "the canonical form does not decode to the parameters");

    // verify(sign(x)): a fresh nonce per run, and the verifier's clock at the signing time.
    static quint64 counter = 0;
    const QDateTime now(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
    const SigningContext context{now, QStringLiteral("fuzz-nonce-%1").arg(++counter)};
    const Credentials key{QStringLiteral("LTAI5tFuzzKey"), QStringLiteral("fuzz-secret"), {}};
    const SignedRequest signed_ =
        RequestSigner::sign({QStringLiteral("DescribeRegions"), QStringLiteral("2014-05-26"), parameters},
                            QUrl(QStringLiteral("http://127.0.0.1:8080/")), key, version, context);
    SignatureVerifier verifier;
    SimAccessKey access;
    access.accessKeyId = key.accessKeyId;
    access.accessKeySecret = key.accessKeySecret;
    verifier.setAccessKeys({access});
    verifier.setClock([now] { return now; });
    const Verification verification = verifier.verify(incoming(signed_));
    if (verification.error) {
        std::fprintf(stderr, "verifier: %s %s\n", qPrintable(verification.error->code()),
                     qPrintable(verification.error->message()));
    }
    ISB_FUZZ_CHECK(!verification.error, "the verifier refuses what the signer signed");
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        ISB_FUZZ_CHECK(verification.parameters.value(it.key()) == it.value(),
                       "a parameter changed on the way");
    return 0;
}
