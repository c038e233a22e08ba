// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QHeaderView;

namespace omsdash {

/// Keeps a table's columns as the user left them: widths, order, hidden columns and sort,
/// restored from QSettings ("<key>/header") and saved there a second after a change (a dragged
/// column changes every few pixels, and each write of the settings file waits for the disk:
/// 60-250 ms here), at a switch of key and when the header goes. The header's
/// context menu shows and hides columns (never the last one shown). setKey() switches to
/// another layout of the same view (the project list of one instance, or of all of them),
/// each kept apart: a switch saves one and restores the other.
class HeaderState : public QObject
{
    Q_OBJECT

public:
    /// Follows @p header (a child of it: goes with it) under @p key.
    HeaderState(QHeaderView *header, const QString &key);
    /// Writes the layout save() keeps, if any.
    ~HeaderState() override;

    QString key() const { return m_key; }
    /// Saves the current layout under the old key and switches to @p key (the same key again:
    /// the view is about to be set up anew, its layout saved first). Nothing is saved
    /// under it until restore() (the view sets its model and default widths in between).
    void setKey(const QString &key);
    /// Applies the saved layout of the current key over the view's defaults; false when there
    /// is none (or it does not fit the columns now shown), leaving the header as it is. The
    /// view calls it once its model's columns are in the header.
    bool restore();
    /// Keeps the header's layout now, to be written within a second.
    void save();
    /// Writes the kept layout at once; nothing when there is none.
    void flush();
    /// Whether a layout is kept and not yet written.
    bool hasUnsaved() const { return !m_unsaved.isEmpty(); }

private:
    void showMenu(const QPoint &pos);

    QPointer<QHeaderView> m_header;
    QString m_key;
    bool m_restoring = false;
    bool m_pending = true; ///< between setKey() (or construction) and restore(): save nothing
    QByteArray m_unsaved;  ///< QHeaderView::saveState() kept by save(), for m_key
    QTimer m_flush;
};

} // namespace omsdash
