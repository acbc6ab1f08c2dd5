#include "HeaderTexts.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Kohtaamo {

namespace {

class HeaderFitter : public QObject
{
public:
    explicit HeaderFitter(QHeaderView *header) : QObject(header), m_header(header)
    {
        header->installEventFilter(this);
        connect(header, &QHeaderView::sectionCountChanged, this, &HeaderFitter::later);
        connect(header, &QHeaderView::geometriesChanged, this, &HeaderFitter::later);
        later();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::LanguageChange:
        case QEvent::Show:
        case QEvent::Resize:
            later();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void later()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            fit();
        });
    }

    int lastVisible() const
    {
        for (int v = m_header->count() - 1; v >= 0; --v) {
            const int logical = m_header->logicalIndex(v);
            if (!m_header->isSectionHidden(logical))
                return logical;
        }
        return -1;
    }

    void fit()
    {
        if (!m_header || !m_header->model() || m_fitting)
            return;
        m_fitting = true;
        const int room = m_header->viewport()->width();
        // Stretched sections given back their stretch once the view has room to spare.
        for (auto it = m_unstretched.begin(); it != m_unstretched.end();) {
            if (*it < m_header->count() && m_header->length() < room) {
                m_header->setSectionResizeMode(*it, QHeaderView::Stretch);
                it = m_unstretched.erase(it);
            } else {
                ++it;
            }
        }
        if (m_lastUnstretched && m_header->length() < room) {
            m_header->setStretchLastSection(true);
            m_lastUnstretched = false;
        }
        const int last = lastVisible();
        for (int i = 0; i < m_header->count(); ++i) {
            if (m_header->isSectionHidden(i))
                continue;
            const QHeaderView::ResizeMode mode = m_header->sectionResizeMode(i);
            if (mode == QHeaderView::ResizeToContents)
                continue;
            const int hint = m_header->sectionSizeHint(i);
            if (m_header->sectionSize(i) >= hint)
                continue;
            // Too narrow: a stretched section stops stretching (the table scrolls sideways) and takes its text's width.
            if (mode == QHeaderView::Stretch) {
                m_header->setSectionResizeMode(i, QHeaderView::Interactive);
                m_unstretched.insert(i);
            } else if (i == last && m_header->stretchLastSection()) {
                m_header->setStretchLastSection(false);
                m_lastUnstretched = true;
            }
            m_header->resizeSection(i, hint);
        }
        m_fitting = false;
    }

    QPointer<QHeaderView> m_header;
    bool m_pending = false;
    bool m_fitting = false;
    bool m_lastUnstretched = false;
    QSet<int> m_unstretched;
};

} // namespace

void keepHeaderTextsWhole(QHeaderView *header)
{
    static const char *const kFitted = "kohtaamoHeaderTextsWhole";
    if (!header || header->property(kFitted).toBool())
        return;
    header->setProperty(kFitted, true);
    new HeaderFitter(header);
}

} // namespace Kohtaamo
