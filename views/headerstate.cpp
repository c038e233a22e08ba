// SPDX-License-Identifier: MIT
#include "headerstate.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace omsdash {

namespace {
QString settingsKey(const QString &key)
{
    return key + QStringLiteral("/header");
}
} // namespace

HeaderState::HeaderState(QHeaderView *header, const QString &key)
    : QObject(header)
    , m_header(header)
    , m_key(key)
{
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &HeaderState::showMenu);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, this, [this] { save(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { save(); });
    m_flush.setSingleShot(true);
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, &HeaderState::flush);
}

HeaderState::~HeaderState()
{
    flush();
}

void HeaderState::setKey(const QString &key)
{
    save();
    flush();
    m_key = key;
    m_pending = true;
}

bool HeaderState::restore()
{
    if (!m_header || m_header->count() == 0)
        return false;
    m_pending = false;
    flush();
    const QByteArray state = QSettings().value(settingsKey(m_key)).toByteArray();
    if (state.isEmpty())
        return false;
    m_restoring = true;
    const bool ok = m_header->restoreState(state) && m_header->count() > m_header->hiddenSectionCount();
    m_restoring = false;
    return ok;
}

void HeaderState::save()
{
    if (m_restoring || m_pending || !m_header || m_header->count() == 0)
        return;
    m_unsaved = m_header->saveState();
    if (!m_flush.isActive())
        m_flush.start();
}

void HeaderState::flush()
{
    m_flush.stop();
    if (m_unsaved.isEmpty())
        return;
    QSettings().setValue(settingsKey(m_key), m_unsaved);
    m_unsaved.clear();
}

void HeaderState::showMenu(const QPoint &pos)
{
    if (!m_header || !m_header->model())
        return;
    QMenu menu(m_header);
    const QAbstractItemModel *model = m_header->model();
    const int shown = m_header->count() - m_header->hiddenSectionCount();
    for (int section = 0; section < m_header->count(); ++section) {
        QAction *action = menu.addAction(model->headerData(section, m_header->orientation()).toString());
        action->setCheckable(true);
        const bool visible = !m_header->isSectionHidden(section);
        action->setChecked(visible);
        action->setEnabled(!visible || shown > 1); // never hide the last column
        connect(action, &QAction::toggled, this, [this, section](bool on) {
            m_header->setSectionHidden(section, !on);
            save();
        });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

} // namespace omsdash
