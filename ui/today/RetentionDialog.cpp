#include "RetentionDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

RetentionDialog::RetentionDialog(const RetentionDue &due, QWidget *parent) : QDialog(parent), m_due(due)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Apply the retention rules"));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These are due under the office's retention rules (Settings ▸ Retention). Erasing and "
                        "pruning cannot be undone; counts, hours and fees stay in the statistics."));
    layout->addWidget(m_intro);

    m_workers = new QTreeWidget(this);
    m_workers->setObjectName(QStringLiteral("retentionWorkers"));
    m_workers->setRootIsDecorated(false);
    m_workers->setHeaderLabels({ tr("Worker to erase"), tr("Left on") });
    m_workers->setAccessibleName(tr("Workers to erase"));
    for (const RetentionDue::Worker &w : due.workers)
        new QTreeWidgetItem(m_workers, { w.name, locale.toString(w.leftOn, QLocale::ShortFormat) });
    m_workers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workers->setVisible(!due.workers.isEmpty());
    layout->addWidget(m_workers);

    m_audit = new QLabel(this);
    m_audit->setObjectName(QStringLiteral("retentionAudit"));
    m_audit->setWordWrap(true);
    if (due.auditEntries > 0)
        m_audit->setText(tr("%1 audit entries from %2 to %3 hold personal values: they become “[pruned]”; who changed "
                            "what, when and in which record stays.")
                             .arg(locale.toString(due.auditEntries),
                                  locale.toString(due.auditFirst.toLocalTime().date(), QLocale::ShortFormat),
                                  locale.toString(due.auditLast.toLocalTime().date(), QLocale::ShortFormat)));
    m_audit->setVisible(due.auditEntries > 0);
    layout->addWidget(m_audit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Erase and prune"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyRetention"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // nothing irreversible on a stray Enter
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
}

} // namespace Kohtaamo
