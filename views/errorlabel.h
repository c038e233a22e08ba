// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace omsdash {

/// A label for an error or a warning: its text in palette::errorText(), again after each
/// theme change (light and dark have their own red).
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
    bool m_applying = false;
};

} // namespace omsdash
