// SPDX-License-Identifier: MIT
#include "errorlabel.h"

#include "statuspalette.h"

#include <QEvent>

namespace omsdash {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    applyColor();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyColor();
    QLabel::changeEvent(event);
}

void ErrorLabel::applyColor()
{
    m_applying = true; // setPalette() sends a PaletteChange of its own
    QPalette p = palette();
    p.setColor(QPalette::WindowText, palette::errorText());
    p.setColor(QPalette::Text, palette::errorText());
    setPalette(p);
    m_applying = false;
}

} // namespace omsdash
