// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;

namespace omsdash {

class InstanceSession;
class ProjectDetailPane;
class ProjectTableView;

/// The main window. Composition only: an instance selector, the project table with its
/// filter, the detail pane of the selected project and a status bar with the last
/// successful poll and the last error. The sessions are owned elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QList<InstanceSession *> &sessions, QWidget *parent = nullptr);

    void setCurrentInstance(int index);
    InstanceSession *currentSession() const;
    ProjectTableView *projectTable() const { return m_projects; }
    ProjectDetailPane *detailPane() const { return m_detail; }
    QString statusText() const;
    QString errorText() const;

    /// Saves a PNG of the whole window; false with @p error on failure.
    bool saveScreenshot(const QString &path, QString *error);

private:
    void updateStatus();
    void updateTitle();

    QList<InstanceSession *> m_sessions;
    int m_current = -1;
    QComboBox *m_instanceBox;
    QLineEdit *m_filter;
    ProjectTableView *m_projects;
    ProjectDetailPane *m_detail;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace omsdash
