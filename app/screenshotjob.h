// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace omsdash {

class InstanceSession;
class MainWindow;

/// `--screenshot`: waits until the project list of the instance in the detail pane and its
/// selected project's detail have arrived (plus an optional delay), saves a PNG of the window and finishes
/// with 0. Finishes at once with 3 on an authentication failure of any instance, with 1 when no data came
/// within the timeout, with 4 when the file cannot be written. Messages go to stderr.
class ScreenshotJob : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, NoData = 1, AuthFailed = 3, WriteFailed = 4 };

    ScreenshotJob(MainWindow *window, const QString &path, int delaySeconds, int timeoutSeconds,
                  QObject *parent = nullptr);

signals:
    void finished(int exitCode);

private:
    void check();
    void capture();
    void finish(int code, const QString &message);

    MainWindow *m_window;
    QString m_path;
    int m_delayMs;
    QTimer m_timeout;
    bool m_capturing = false;
    bool m_done = false;
};

} // namespace omsdash
