// The client's ECS response parser on hostile bodies, for each action it reads. The parser reads JSON
// only (the client always asks for JSON: V3 answers JSON, V1 requests say Format=JSON), so there is no
// XML form to fuzz. First byte: 0 DescribeRegions, 1 DescribeImages, 2 DescribeImageSharePermission,
// 3 an error body.
#include "EcsResponseParser.h"
#include "FuzzSupport.h"

using namespace isb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray body = fuzz::payload(input);
    const int action = fuzz::mode(input, 4);
    if (action == 3) {
        const EcsError error = EcsResponseParser::parseError(body, 400);
        ISB_FUZZ_CHECK(error.kind != EcsError::Kind::None, "an error body always gives an error");
        return 0;
    }
    EcsError error;
    const QJsonObject object = EcsResponseParser::parseObject(body, 200, &error);
    if (error.kind != EcsError::Kind::None)
        return 0;
    error = {};
    switch (action) {
    case 0: {
        const QList<Region> regions = EcsResponseParser::parseRegions(object, &error);
        if (error.kind == EcsError::Kind::None) {
            for (const Region &region : regions)
                ISB_FUZZ_CHECK(!region.regionId.isEmpty(), "a region without an ID");
        }
        break;
    }
    case 1: {
        const ImagePage page = EcsResponseParser::parseImages(object, QStringLiteral("cn-hangzhou"), &error);
        ISB_FUZZ_CHECK(error.kind != EcsError::Kind::None || page.totalCount >= 0, "a negative TotalCount");
        break;
    }
    default: {
        const SharePermissionPage page = EcsResponseParser::parseSharePermission(object, &error);
        if (error.kind == EcsError::Kind::None) {
            ISB_FUZZ_CHECK(page.totalCount >= 0, "a negative TotalCount");
            ISB_FUZZ_CHECK(page.pageCount() >= 1, "a page count below 1");
        }
        break;
    }
    }
    return 0;
}
