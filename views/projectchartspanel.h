// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace omsdash {

class MetricChart;
class SelectedProject;

/// The selected project's four charts (createProjectCharts()) under one range row: the
/// span list (15 min … 7 d, All), a custom range, reset zoom and a note of what is shown.
/// The charts share SelectedProject::window(): zooming or panning one moves all, and a
/// crosshair on one draws the same time on the others. Each chart's menu saves or copies it.
class ProjectChartsPanel : public QWidget
{
    Q_OBJECT

public:
    /// Draws @p project (not owned; outlives the panel) and redraws on its samplesChanged().
    explicit ProjectChartsPanel(SelectedProject *project, QWidget *parent = nullptr);

    QList<MetricChart *> charts() const { return m_charts; }
    /// Chooses @p spanMs (ms back from now; 0: all) in the range list, ending any zoom.
    void setSpanMs(qint64 spanMs);
    /// Opens the custom range dialog; the charts show the range it accepts.
    void chooseCustomRange();
    /// "Showing … to …" while the range is fixed; the mouse help while it follows the clock.
    QString rangeNoteText() const;
    /// Saves chart @p index as PNG or SVG (by @p path's suffix); false with @p error.
    bool saveChart(int index, const QString &path, QString *error);
    /// How many times the charts were redrawn (each redraw reads the history once).
    int redrawCount() const { return m_redraws; }

    /// No height for width: the charts share whatever height they get (the word-wrapped
    /// empty-state labels inside would otherwise make a scroll area hold the panel tall).
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return -1; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void updateRangeNote();
    void showChartMenu(MetricChart *chart, const QPoint &globalPos);

    SelectedProject *m_project;
    QComboBox *m_range;
    QToolButton *m_customRange;
    QToolButton *m_resetRange;
    QLabel *m_rangeNote;
    QList<MetricChart *> m_charts;
    int m_redraws = 0;
};

} // namespace omsdash
