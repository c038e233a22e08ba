// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

/// A raw HTTP/1.1 server on loopback whose every answer is scripted byte for byte, for what a
/// well-behaved server (the simulator) never does: redirects elsewhere, bodies at a byte a tick,
/// chunked encoding cut short, compression bombs, Retry-After. One request per connection.
class HostileServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QHash<QByteArray, QByteArray> headers; ///< names lower-case
        QByteArray body;
    };
    struct Reply
    {
        QByteArray head;       ///< status line and headers, without the blank line
        QByteArray body;
        int delayMs = 0;       ///< before anything is sent
        int trickleMs = 0;     ///< > 0: the body one byte per tick, never silent
        bool close = true;     ///< close once sent; false: keep the connection open, silent
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit HostileServer(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(port()); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests;
    int open = 0;          ///< requests received and not yet fully answered
    int maxOpen = 0;

    static Reply json(const QByteArray &body, int status = 200, const QByteArray &extraHeaders = {})
    {
        return {statusLine(status) + "Content-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n" + extraHeaders,
                body};
    }
    static Reply redirect(int status, const QByteArray &location)
    {
        return {statusLine(status) + "Location: " + location + "\r\nContent-Length: 0\r\n", {}};
    }
    static QByteArray statusLine(int status)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nConnection: close\r\n";
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // one request per connection
            requests << r;
            maxOpen = std::max(maxOpen, ++open);
            const Reply reply = m_handler ? m_handler(r) : json("{}");
            QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] { answer(socket, reply); });
        });
    }

    void answer(QTcpSocket *socket, const Reply &reply)
    {
        socket->write(reply.head + "\r\n");
        if (reply.trickleMs <= 0) {
            socket->write(reply.body);
            --open;
            if (reply.close)
                socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent, reply] {
            if (*sent >= reply.body.size()) {
                timer->stop();
                --open;
                socket->disconnectFromHost();
                return;
            }
            socket->write(reply.body.mid((*sent)++, 1));
        });
        timer->start(reply.trickleMs);
    }

    QTcpServer m_server;
    Handler m_handler;
};
