#pragma once

#include "EcsClient.h"
#include "EcsSimulator.h"
#include "SimulatorDataset.h"
#include "export/ExportJob.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// What the export tests share: the hostile dataset, the rows the simulator serves for a scope (computed
/// from the dataset, independently of the export code), and a simulator with a client pointed at it.
namespace ExportTestData {

/// Regions of the hostile dataset.
inline const QString kHostileRegion = QStringLiteral("cn-hangzhou");
inline const QString kQuietRegion = QStringLiteral("cn-beijing"); // no images at all

/// Image names, account ids and groups made to break CSV readers and spreadsheets: formula starters
/// (= + - @ tab CR), line breaks, quotes, commas, Chinese, emoji, a leading `'`.
QStringList hostileTexts();
/// A dataset (simulator JSON) with the hostile texts as image names, account ids and share groups, every
/// image status, an image with `accountsOnBigImage` accounts (several pages), and `extraImages` more images
/// with 10 accounts each (for files that must grow past a size limit).
QByteArray hostileDatasetJson(int accountsOnBigImage = 120, int extraImages = 0);
isb::SimulatorDataset hostileDataset(int accountsOnBigImage = 120, int extraImages = 0);

/// The rows the CSV must hold for one image (raw, unguarded), in the service's order: accounts, then groups.
QList<QStringList> expectedRows(const isb::SimImage &image, int firstAccount = 0, int accountCount = -1);
/// Every image of `regionId` in the dataset's (= the service's) order, whatever its status.
QList<const isb::SimImage *> imagesOf(const isb::SimulatorDataset &dataset, const QString &regionId);
/// The images of `regionId` in the order of a region export and of the audit: by ImageId.
QList<const isb::SimImage *> imagesInExportOrder(const isb::SimulatorDataset &dataset,
                                                 const QString &regionId);
/// The image with the most accounts.
const isb::SimImage *biggestImage(const isb::SimulatorDataset &dataset, const QString &regionId);

/// A cell as the documented `'` rule writes it: prefixed when it starts with = + - @ TAB or CR.
QString guarded(const QString &cell);
QList<QStringList> guarded(const QList<QStringList> &rows);

/// The CSV header.
QStringList header();

/// Client options for quick tests against `simulator`: short timeout, one fast retry.
isb::ClientOptions clientOptions(const isb::EcsSimulator &simulator, int maxRetries = 1);
isb::Credentials demoCredentials();

/// Runs `job` to the end (30 s at most); false on timeout.
bool runToEnd(isb::ExportJob *job);

/// What a run of image-share-cli left.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs image-share-cli with the demo key against `endpoint`, waiting without blocking the event loop (the
/// simulator may be in this process). `wrapper` (e.g. setpriv ...) is put in front of the program.
CliRun runCli(const QUrl &endpoint, const QStringList &arguments, const QStringList &wrapper = {});

/// Files in `folder` (names), sorted; temporary files of a QSaveFile would show here.
QStringList filesIn(const QString &folder);

/// What a target file holds before an export that must leave it alone.
inline const QByteArray kOldContent = QByteArrayLiteral("the previous export, which must survive\r\n");
/// The file's content; empty if it cannot be read.
QByteArray readAll(const QString &path);
/// Replaces the file's content with `bytes`; false if that failed.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace ExportTestData
