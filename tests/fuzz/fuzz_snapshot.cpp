// The audit snapshot loader on hostile files. What it accepts must survive its own round trip (write,
// load, write gives the same bytes), compare equal to itself, and give diff lines without control
// characters, whatever its names hold.
#include "FuzzSupport.h"
#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"

using namespace isb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    const auto snapshot = AuditSnapshot::fromJson(fuzz::bytes(data, size), &error);
    if (!snapshot) {
        ISB_FUZZ_CHECK(!error.isEmpty(), "refused without a message");
        ISB_FUZZ_CHECK(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')),
                       "a multi-line error message");
        return 0;
    }
    const QByteArray json = snapshot->toJson();
    const auto again = AuditSnapshot::fromJson(json, &error);
    if (!again)
        std::fprintf(stderr, "reload: %s\n", qPrintable(error));
    ISB_FUZZ_CHECK(again.has_value(), "a snapshot it wrote does not load");
    ISB_FUZZ_CHECK(again->toJson() == json, "the round trip changed the snapshot");

    const AuditDiff same = AuditDiff::compare(*snapshot, *again);
    ISB_FUZZ_CHECK(same.isEmpty() && same.imagesUnknown() == 0, "a snapshot differs from itself");
    // Against an empty audit of the same regions every image is added, so every name is printed.
    QStringList regions = snapshot->regions();
    for (const AuditImageRecord &record : snapshot->images())
        regions.append(record.image.regionId);
    regions.removeDuplicates();
    AuditSnapshot empty;
    empty.setRegions(regions);
    const QString text = AuditDiff::compare(empty, *snapshot).toText(true);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            continue;
        ISB_FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Separator_Line &&
                           c.category() != QChar::Separator_Paragraph,
                       "a control character in a diff line");
    }
    return 0;
}
