// The simulator's own request handling on hostile requests: parameter parsing (query and form body,
// repeated names), the Authorization header, both signature schemes' verification, and the actions'
// parameter checks. Input: "METHOD\nPATH\nQUERY\n" then "Name: value" header lines, an empty line, and
// the body. The HTTP framing itself is Qt's (QAbstractHttpServer) and not fuzzed here.
#include "FuzzSupport.h"
#include "SignatureVerifier.h"
#include "SimulatorActions.h"
#include "SimulatorDataset.h"

#include <optional>

using namespace isb;

namespace {

const SimulatorDataset &dataset() {
    static const SimulatorDataset data = [] {
        QString error;
        auto loaded =
            SimulatorDataset::fromFile(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error);
        if (!loaded) {
            std::fprintf(stderr, "cannot load the demo data: %s\n", qPrintable(error));
            std::abort();
        }
        return *loaded;
    }();
    return data;
}

IncomingRequest parseRequest(const QByteArray &input) {
    IncomingRequest request;
    qsizetype at = 0;
    const auto line = [&]() {
        const qsizetype end = input.indexOf('\n', at);
        const QByteArray text = input.mid(at, end < 0 ? -1 : end - at);
        at = end < 0 ? input.size() : end + 1;
        return text;
    };
    request.method = line();
    request.path = line();
    request.rawQuery = line();
    while (at < input.size()) {
        const QByteArray header = line();
        if (header.isEmpty())
            break;
        const qsizetype colon = header.indexOf(':');
        request.headers.append(
            {header.left(colon), colon < 0 ? QByteArray() : header.mid(colon + 1).trimmed()});
    }
    request.body = input.mid(at);
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const IncomingRequest request = parseRequest(fuzz::bytes(data, size));
    SignatureVerifier verifier;
    verifier.setAccessKeys(dataset().accessKeys());
    // The published examples' dates, so that seeds built from them pass the timestamp window.
    verifier.setClock([] { return QDateTime(QDate(2023, 10, 26), QTime(10, 22, 40), Qt::UTC); });
    const Verification verification = verifier.verify(request);
    ISB_FUZZ_CHECK(verification.error || !verification.accessKeyId.isEmpty(), "accepted without a key");

    // The actions see whatever parameters a verified request could carry: here, the query's.
    const QMap<QString, QString> parameters = SignatureVerifier::parseForm(request.rawQuery);
    // A fresh copy per input: ModifyImageSharePermission changes the data, and each input must start from
    // the same state for a finding to reproduce.
    SimulatorDataset state = dataset();
    const SimAccessKey &caller = state.accessKeys().constFirst();
    const SimulatorAnswer answer = SimulatorActions(state).handle(
        caller, parameters.value(QStringLiteral("Version"), SimulatorActions::kEcsVersion),
        parameters.value(QStringLiteral("Action")), parameters);
    QByteArray contentType;
    const QByteArray json =
        answer.render(SimulatorAnswer::Format::Json, QStringLiteral("R"), QStringLiteral("h"), &contentType);
    const QByteArray xml =
        answer.render(SimulatorAnswer::Format::Xml, QStringLiteral("R"), QStringLiteral("h"), &contentType);
    ISB_FUZZ_CHECK(!json.isEmpty() && !xml.isEmpty(), "an empty answer");
    return 0;
}
