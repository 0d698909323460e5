#include "cli/PasswordInput.h"

#include "cli/CliText.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace qf::cli {

namespace {

constexpr std::size_t kMaxSecretBytes = 4096;

// The terminal state to restore if the user interrupts while echo is off.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off for its lifetime; the newline is still echoed (ECHONL) so the next output starts on a new line.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= static_cast<tcflag_t>(ECHONL);
        m_previousInt = std::signal(SIGINT, restoreTerminalAndExit);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
        // TCSADRAIN, not TCSAFLUSH: a password typed ahead (or piped through a pseudo-terminal) is kept.
        if (tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet) == 0)
            g_echoOff = 1;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSADRAIN, &g_savedTerminal);
        g_echoOff = 0;
        if (m_previousInt != SIG_ERR)
            std::signal(SIGINT, m_previousInt);
        if (m_previousTerm != SIG_ERR)
            std::signal(SIGTERM, m_previousTerm);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    void (*m_previousInt)(int) = SIG_ERR;
    void (*m_previousTerm)(int) = SIG_ERR;
};

} // namespace

PasswordSource::~PasswordSource() = default;

Result<crypto::SecretBytes> TerminalPasswordSource::read(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::Usage,
                         CliText::tr("No password given, and standard input is not a terminal to ask on."));
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, static_cast<std::size_t>(promptBytes.size()), stderr);
    std::fflush(stderr);

    crypto::SecretBytes buffer(kMaxSecretBytes);
    std::size_t length = 0;
    bool complete = false;
    {
        EchoOff quiet;
        while (length < kMaxSecretBytes) {
            char byte = 0;
            const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            if (byte == '\n') {
                complete = true;
                break;
            }
            buffer.data()[length++] = static_cast<unsigned char>(byte);
        }
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (!complete && length == 0)
        return makeError(ErrorCode::Usage, CliText::tr("No password was typed."));
    if (length == 0)
        return makeError(ErrorCode::Usage, CliText::tr("The password is empty."));
    return crypto::SecretBytes::copyOf(QByteArrayView(buffer.chars(), static_cast<qsizetype>(length)));
}

Result<crypto::SecretBytes> NoPasswordSource::read(const QString& prompt)
{
    Q_UNUSED(prompt);
    return makeError(ErrorCode::Usage, CliText::tr("No password given."));
}

Result<crypto::SecretBytes> readSecretFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::Usage,
                         CliText::tr("The file %1 does not exist or is not a regular file. Check the path.").arg(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Usage,
                         CliText::tr("Cannot read %1: %2. Check its permissions.").arg(path, file.errorString()));
    QByteArray line = file.read(static_cast<qint64>(kMaxSecretBytes) + 1);
    if (const qsizetype end = line.indexOf('\n'); end >= 0)
        line.truncate(end);
    else if (line.size() > static_cast<qsizetype>(kMaxSecretBytes))
        line.truncate(0);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(ErrorCode::Usage,
                         CliText::tr("The first line of %1 is empty (or too long). Put the password on the first "
                                     "line.")
                             .arg(path));
    return crypto::SecretBytes::takeFrom(line);
}

Status writePrivateFile(const QString& path, QByteArrayView content, bool exclusive)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC);
    const int fd = ::open(native.constData(), flags, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return makeError(
                ErrorCode::AlreadyExists,
                CliText::tr("%1 already exists and is not overwritten. Choose another file name.").arg(path));
        return makeError(ErrorCode::Failed,
                         CliText::tr("Cannot write %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const char* data = content.data();
    std::size_t left = static_cast<std::size_t>(content.size());
    while (ok && left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR)
            continue;
        ok = written > 0;
        if (ok) {
            data += written;
            left -= static_cast<std::size_t>(written);
        }
    }
    ok = ok && ::write(fd, "\n", 1) == 1 && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::Failed, CliText::tr("Cannot write %1 completely. Check the free space.").arg(path));
    return {};
}

bool isReadableByOthers(const QString& path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return permissions.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace qf::cli
