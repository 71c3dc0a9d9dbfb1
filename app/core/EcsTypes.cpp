#include "EcsTypes.h"

#include "PagedListAssembler.h"

#include <QRegularExpression>

#include <algorithm>

namespace isb {

bool Region::isValidId(const QString &regionId) {
    // cn-hangzhou, ap-southeast-1, cn-shanghai-finance-1 ...
    // anchoredPattern: a plain `$` would also match before a trailing newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z0-9]+(-[a-z0-9]+)*"));
    return regionId.size() <= 64 && pattern.match(regionId).hasMatch();
}

bool Image::isValidId(const QString &imageId) {
    // Custom images are m-xxxx; system and shared images use letters, digits, '-', '_' and '.'
    // (win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._-]+"));
    return imageId.size() <= 128 && pattern.match(imageId).hasMatch();
}

bool Region::isTrustedEndpoint(const QString &host) {
    // Exact suffix on a label boundary: "ecs.evil-aliyuncs.com" and "aliyuncs.com.evil.net" are not ours.
    // Host names only (letters, digits, '-', '.'): no port, path, user info or scheme can ride along.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+aliyuncs\\.com"),
        QRegularExpression::CaseInsensitiveOption);
    return host.size() <= 253 && pattern.match(host).hasMatch();
}

qint64 SharePermissionPage::pageCount() const {
    return pageSize > 0 ? PagedListAssembler::pageCount(totalCount, pageSize) : 1;
}

bool Account::isValidId(QStringView aliyunId) {
    if (aliyunId.isEmpty() || aliyunId.size() > 20)
        return false;
    return std::all_of(aliyunId.cbegin(), aliyunId.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace isb
