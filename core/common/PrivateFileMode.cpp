#include "PrivateFileMode.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Kohtaamo {

PrivateFileMode::PrivateFileMode()
{
#ifdef Q_OS_UNIX
    m_previous = static_cast<unsigned>(::umask(S_IRWXG | S_IRWXO));
#endif
}

PrivateFileMode::~PrivateFileMode()
{
#ifdef Q_OS_UNIX
    ::umask(static_cast<mode_t>(m_previous));
#endif
}

} // namespace Kohtaamo
