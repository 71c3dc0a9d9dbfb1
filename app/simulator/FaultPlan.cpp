#include "FaultPlan.h"

#include <array>

namespace isb {

namespace {

struct KindName {
    FaultKind kind;
    const char16_t *name;
};

constexpr std::array kKindNames = {
    KindName{FaultKind::Throttling, u"throttling"},
    KindName{FaultKind::Unavailable, u"unavailable"},
    KindName{FaultKind::Internal, u"internal"},
    KindName{FaultKind::MalformedJson, u"malformed-json"},
    KindName{FaultKind::Truncated, u"truncated"},
    KindName{FaultKind::Reset, u"reset"},
    KindName{FaultKind::Stall, u"stall"},
    KindName{FaultKind::Shift, u"shift"},
    KindName{FaultKind::ShortPages, u"short-pages"},
    KindName{FaultKind::IgnorePage, u"ignore-page"},
    KindName{FaultKind::HugeBody, u"huge-body"},
    KindName{FaultKind::Gateway429, u"gateway-429"},
    KindName{FaultKind::ControlChars, u"control-chars"},
};

} // namespace

FaultPlan::FaultPlan()
    : m_random(QRandomGenerator::securelySeeded()) {}

void FaultPlan::setRate(FaultKind kind, double rate) {
    if (kind == FaultKind::None)
        return;
    if (rate <= 0)
        m_rates.remove(kind);
    else
        m_rates.insert(kind, qMin(rate, 1.0));
}

void FaultPlan::failNext(FaultKind kind, int count) {
    if (kind != FaultKind::None && count > 0)
        m_queue.append({kind, count});
}

void FaultPlan::clear() {
    m_queue.clear();
    m_rates.clear();
}

void FaultPlan::setSeed(quint32 seed) {
    m_random.seed(seed);
}

FaultKind FaultPlan::next() {
    if (!m_queue.isEmpty()) {
        const FaultKind kind = m_queue.first().first;
        if (--m_queue.first().second == 0)
            m_queue.removeFirst();
        return kind;
    }
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        // A rate of 1 is a switch: no draw, so it does not disturb the sequence of the other kinds.
        if (it.value() >= 1.0 || m_random.generateDouble() < it.value())
            return it.key();
    }
    return FaultKind::None;
}

QString FaultPlan::name(FaultKind kind) {
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("none");
}

std::optional<FaultKind> FaultPlan::kindFromName(const QString &name) {
    for (const KindName &entry : kKindNames) {
        if (name.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

QStringList FaultPlan::names() {
    QStringList out;
    for (const KindName &entry : kKindNames)
        out.append(QString::fromUtf16(entry.name));
    return out;
}

bool FaultPlan::applySpec(const QString &spec, QString *error) {
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = QStringLiteral("--fault ") % spec % QStringLiteral(": ") % problem;
        return false;
    };
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon <= 0)
        return fail(QStringLiteral("expected KIND:RATE or KIND:#N"));
    const auto kind = kindFromName(spec.left(colon));
    if (!kind)
        return fail(QStringLiteral("unknown kind; one of ") % names().join(u", "));
    const QString rate = spec.mid(colon + 1);
    bool ok = false;
    if (rate.startsWith(u'#')) {
        const int count = rate.mid(1).toInt(&ok);
        if (!ok || count < 1)
            return fail(QStringLiteral("#N needs a positive integer"));
        failNext(*kind, count);
        return true;
    }
    const double probability = rate.toDouble(&ok);
    if (!ok || probability < 0 || probability > 1)
        return fail(QStringLiteral("RATE must be a number from 0 to 1"));
    setRate(*kind, probability);
    return true;
}

} // namespace isb
