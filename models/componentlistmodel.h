// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "types.h"

namespace omsdash {

/// The components of the selected OMS 4 project (DescribeProjectComponents, REFERENCE.md §1.5):
/// Store, Full-Import, Incr-Sync and verifier, with their status, TPS, delay and checkpoint,
/// as the OMS console's component monitoring lists them. Keyed by ProjectComponent::key().
/// isAvailable() is false where the server has no such call, so a view hides its panel.
class ComponentListModel : public KeyedTableModel<ProjectComponent>
{
    Q_OBJECT

public:
    enum Column {
        ComponentColumn,  ///< the kind as a word ("Incr-Sync"); tooltip: the list it came from
        NameColumn,
        StatusColumn,     ///< as sent; StatusClassRole classifies it
        TpsColumn,        ///< records/s; SortRole: the number
        DelayColumn,      ///< s as a duration; SortRole: seconds
        CheckpointColumn, ///< as sent, UTC+0; tooltip: when it was sampled
        ProgressColumn,   ///< percent (Full-Import, verifier); ProgressRole
        HostColumn,       ///< `ip`
        ErrorColumn,
        ColumnCount
    };

    explicit ComponentListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The components of a detail: merged when it has them; nullopt (no such call, or it
    /// failed this time) leaves the rows and isAvailable() as they were, the rows stale.
    void setComponents(const std::optional<QList<ProjectComponent>> &components);
    /// Whether the last detail brought components (the panel is worth showing).
    bool isAvailable() const { return m_available; }
    /// Empties the model for another project.
    void clear();

    /// "Incr-Sync", "Store", ...: the OMS console's names, translated.
    static QString kindTitle(ProjectComponent::Kind kind);

signals:
    void availabilityChanged(bool available);

protected:
    QString rowKey(const ProjectComponent &row) const override { return row.key(); }
    QVariant cellData(const ProjectComponent &row, int column, int role) const override;

private:
    void setAvailable(bool available);
    bool m_available = false;
};

} // namespace omsdash
