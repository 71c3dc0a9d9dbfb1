#pragma once

#include "EcsClient.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace isb::bench {

/// What `audit-bench audit` is asked to do.
struct AuditRunSettings {
    QUrl endpoint;
    QString datasetPath; // the simulator's data file: the AccessKey to use and the grants to expect
    int poolSize = 8;
    QStringList regions;
    QString snapshotPath; // optional: where to save the snapshot
    bool withModel =
        true; // feed the rows into an AuditTableModel behind a sorted AuditFilterModel, as the window does
};

/// Runs one audit headless and prints `key=value` figures, one per line; returns the exit code
/// (0 = every grant of the dataset found and nothing else).
int runAudit(const AuditRunSettings &settings, QTextStream &out);

/// Times appending, sorting and filtering `rowCount` rows in AuditTableModel + AuditFilterModel and
/// prints `key=value` figures; returns 0. With `bookSize` > 0 the model labels and judges every row from
/// an account book of that many accounts (issue 13: 100,000 rows and 10,000 accounts), about half of the
/// grants going to accounts in the book, and the findings filter is timed too.
int runModel(int rowCount, int bookSize, QTextStream &out);

/// VmHWM (peak resident set) of this process in KiB, from /proc/self/status; -1 when unknown.
qint64 peakRssKiB();

} // namespace isb::bench
