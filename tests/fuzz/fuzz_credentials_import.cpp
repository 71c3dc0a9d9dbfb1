// The credential file importers on hostile files: the aliyun CLI's config.json (first byte even) and
// the SDK's INI credentials file (odd). Parsing is deterministic and a refusal says why.
#include "AliyunCliImporter.h"
#include "FuzzSupport.h"
#include "SdkCredentialsImporter.h"

using namespace isb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray file = fuzz::payload(input);
    const bool cli = fuzz::mode(input, 2) == 0;
    const ImportResult result = cli ? AliyunCliImporter::parse(file) : SdkCredentialsImporter::parse(file);
    const ImportResult again = cli ? AliyunCliImporter::parse(file) : SdkCredentialsImporter::parse(file);
    ISB_FUZZ_CHECK(result.status == again.status && result.error == again.error &&
                       result.profiles.size() == again.profiles.size(),
                   "parsing is not deterministic");
    ISB_FUZZ_CHECK(result.isOk() || !result.error.isEmpty(), "refused without a message");
    return 0;
}
