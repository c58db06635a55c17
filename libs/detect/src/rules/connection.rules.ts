import type { Rule } from '../rule.types';

// Database and message-broker URL schemes, with an optional driver (postgresql+psycopg2).
const DB_SCHEME = String.raw`(?:postgres(?:ql)?|postgis|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j(?:\+s)?|couchdb|oracle|snowflake|db2|nats|mqtts?)(?:\+[a-z0-9]{1,20})?`;

// Keys of ADO.NET / ODBC / OLE DB connection strings other than the password.
const CONNECTION_KEYS =
  'Server|Data Source|Host|Address|Addr|Network Address|Endpoint|Driver|Provider|DSN|Database|Initial Catalog|User ID|UserID|User|Uid|Username|Port';

// One `Key=value;` pair of them, starting a string or after a `;`.
const CONNECTION_PAIR = String.raw`(?:^|[;"'])\s{0,3}(?:${CONNECTION_KEYS})\s{0,3}=[^;"'\n]{0,253};`;

// Connection strings and URLs with an embedded password: the secret is the password alone. A
// password (or a user name such as an Azure `user@server`) may hold a raw `@`: the host follows
// the last one.
export const connectionRules: Rule[] = [
  {
    id: 'database-connection-string',
    description: 'Database or message-broker connection URL with an embedded password',
    severity: 'critical',
    cwe: 798,
    keywords: [
      'postgres://',
      'postgresql://',
      'postgres+',
      'postgresql+',
      'postgis://',
      'mysql://',
      'mysql+',
      'mariadb://',
      'mariadb+',
      'mongodb://',
      'mongodb+srv://',
      'redis://',
      'rediss://',
      'amqp://',
      'amqps://',
      'mssql://',
      'mssql+',
      'sqlserver://',
      'cockroachdb://',
      'clickhouse://',
      'neo4j://',
      'neo4j+s://',
      'couchdb://',
      'oracle://',
      'oracle+',
      'snowflake://',
      'db2://',
      'nats://',
      'mqtt://',
      'mqtts://',
    ],
    pattern: new RegExp(
      String.raw`(?:^|[^A-Za-z0-9+.-])(?:jdbc:)?${DB_SCHEME}:\/\/[^\s:/'"]{0,128}:([^\s/'"]{1,128})@[^\s/'"@]{1,253}`,
    ),
    // Well-known local development defaults are not leaked credentials.
    allow: [
      /^(?:postgres|root|admin|password|pass|secret|mysql|mariadb|guest|user|redis|test|dev|local|mongo)$/i,
      /^(?:some|my|the|a)[_-]?(?:pass|passwd|password|secret)$/i,
    ],
    samples: {
      positive: [
        'DATABASE_URL=postgres://app:ynSuWCE0I2CIsAD!ZQ9B@db.internal:5432/app',
        'MONGO_URI="mongodb+srv://orders:efJzES6QvYTQ08JA@cluster0.ab1cd.mongodb.net/orders?retryWrites=true"',
        'REDIS_URL=rediss://:lOhJtU1lMoS1dgl4shhRiKTyVsOGWZ3B@cache.internal:6380/0',
        "SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://svc:bhNi9h6SAtk8f8tq8J@10.0.3.4/reports'",
        'amqp_url: amqps://billing:ez4M42Ja5yt07VdmEEPT@mq.internal:5671/%2F',
        'jdbc:mysql://reporting:lVnC2BX7ZOWgp7@db.internal:3306/warehouse',
        'DATABASE_URL=postgis://gis:Kw3@Lp9!zQ@gis.internal:5432/maps',
        'DATABASE_URL=postgres://app@pg-prod:Rm7xQ2pLw9@pg-prod.postgres.database.azure.com:5432/app',
      ],
      negative: [
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
        'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app',
        'DATABASE_URL=postgres://app:<password>@db.internal:5432/app',
        'DATABASE_URL=postgres://db.internal:5432/app',
        'DATABASE_URL=postgres://app@db.internal:5432/app',
        'AMQP_URL=amqp://guest:guest@localhost:5672/',
        'var config = "postgres://someuser:somepassword@somehost:381/somedatabase"',
      ],
    },
  },
  {
    id: 'url-embedded-credentials',
    description: 'URL with an embedded password (HTTP, FTP, SSH, mail, any scheme)',
    severity: 'high',
    cwe: 798,
    // Any scheme but the database ones, which are the database rule's (with its own defaults).
    keywords: ['://'],
    literals: ['://', '@'], // most lines with a URL have no credentials: skip the regex there
    generic: true,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])(?!(?:jdbc:)?${DB_SCHEME}:)[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:/'"<>]{1,128}:([^\s/'"<>]{6,128})@[A-Za-z0-9.-]{1,253}`,
    ),
    allow: [
      /^(?:pass|passwd|pwd|pw|secret|token|x-oauth-basic)$/i,
      /^(?:some|my|the|a)[_-]?(?:pass|passwd|password|secret)$/i,
    ],
    samples: {
      positive: [
        'proxy = http://svc-proxy:5wBn6w4dXFyXSO@proxy.corp.acme.io:3128',
        'curl -O ftp://backup:GLVV6#y786b7R0BB@files.acme.io/dump.sql.gz',
        'SMTP_URL=smtps://mailer:anRz2CdeRESs43jW2vor@smtp.acme.io:465',
        'sftp://deploy:Tz8@qL2w!x@files.acme.io/upload',
        'KAFKA_URL=kafka+ssl://svc-orders:Pq8vLw2zXk0R@broker.acme.io:9093',
      ],
      negative: [
        'See https://user:password@host.example for the format',
        'proxy = http://svc-proxy:${PROXY_PASSWORD}@proxy.corp.acme.io:3128',
        'proxy = http://proxy.corp.acme.io:3128',
        'url = "https://api.acme.io/v1/users?page=2"',
        'git clone https://x-access-token:$GITHUB_TOKEN@github.com/acme/api.git',
        "const url = 'https://abc:xyz@example.com';",
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
        'git clone ssh://git@git.acme.io:2222/acme/api.git',
      ],
    },
  },
  {
    id: 'jdbc-connection-password',
    description: 'JDBC connection string with a password property',
    severity: 'critical',
    cwe: 798,
    keywords: ['jdbc:'],
    pattern: /jdbc:[a-z0-9]{2,20}:[^\s'"]{0,300}?[;?&:](?:password|pwd)=([^;&\s'"]{3,128})/i,
    samples: {
      positive: [
        'spring.datasource.url=jdbc:sqlserver://db.internal:1433;databaseName=orders;user=svc_orders;password=iNvds!#3#e%jsMWn%g;encrypt=true',
        'url: "jdbc:postgresql://db.internal:5432/app?user=app&password=cehZYpvbN2nWTzV7DRdk&ssl=true"',
      ],
      negative: [
        'url: "jdbc:postgresql://db.internal:5432/app?user=app&password=${DB_PASSWORD}"',
        'url: "jdbc:postgresql://db.internal:5432/app?ssl=true"',
      ],
    },
  },
  {
    id: 'dotnet-connection-string-password',
    description: 'ADO.NET / ODBC connection string with a password',
    severity: 'critical',
    cwe: 798,
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    // Another `Key=value;` pair of a connection string (Server=, Driver=, User ID=, …) before or
    // after the password on the line tells a connection string from a `password=` assignment or
    // keyword argument (JDBC URLs have their own rule). The pattern starts with the literal key
    // so that the look-behinds run only where it occurs, not at every position of a long line.
    pattern: new RegExp(
      String.raw`(?:Password|Pwd)(?<=(?:^|[;"'])\s{0,3}(?:Password|Pwd))(?<!jdbc:[^\n]{0,600})\s{0,3}=\s{0,3}(\{[^}\n]{3,128}\}|[^;"'\s{}]{3,128})(?=\s{0,3}(?:;|"|'|$))` +
        String.raw`(?:(?<=${CONNECTION_PAIR}[^\n]{0,400})|(?=[^\n]{0,400}?${CONNECTION_PAIR}))`,
      'i',
    ),
    samples: {
      positive: [
        '"DefaultConnection": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=orders;User ID=svc_orders;Password=64QhVEHWsuJQc33RrS1l;Encrypt=True;"',
        'ConnectionString = "Data Source=db01;Initial Catalog=Billing;User Id=billing;Pwd=owPkqgMZ8INMpPco;"',
        'conn = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=tcp:db01,1433;Uid=etl;Pwd={Lq8;w!2Zr};")',
        'adoConn.Open("Provider=SQLOLEDB.1;User ID=etl_user; " & "Password =Vw9kQ2zLp;Initial Catalog=Sales;Data Source=db02;")',
      ],
      negative: [
        '"DefaultConnection": "Server=localhost;Database=orders;Trusted_Connection=True;"',
        '"DefaultConnection": "Server=db01;Database=orders;User Id=app;Password=${DB_PASSWORD};"',
        'password=Vw9kQ2zLp',
        'text << "Password=#{password}, "',
        '    def __init__(self, host="localhost", port=6379, password=None, db=0):',
        'self._client = redis.Redis(host=host, port=port, password=password)',
      ],
    },
  },
  {
    // Go's MySQL driver names the network in its DSN: `user:password@tcp(host:3306)/db`.
    id: 'mysql-dsn-password',
    description: 'MySQL DSN (Go driver) with a password',
    severity: 'high',
    cwe: 798,
    keywords: ['@tcp(', '@unix(', '@udp('],
    pattern: /(?<![\w.-])[\w.-]{1,64}:([^@\s"'`/:]{3,128})@(?:tcp|unix|udp)\(/,
    generic: true,
    samples: {
      positive: ['db, err := sql.Open("mysql", "root:Wq7Lk2Rp9Xz@tcp(127.0.0.1:3306)/app")'],
      negative: ['dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)'],
    },
  },
  {
    // .NET's credential constructors take the password after the user name (and a directory
    // entry's path): `new NetworkCredential("user", "…")`, `new DirectoryEntry("LDAP://…", "user", "…")`.
    id: 'dotnet-credential-constructor',
    description: '.NET NetworkCredential or DirectoryEntry created with a password',
    severity: 'high',
    cwe: 798,
    keywords: ['networkcredential', 'directoryentry'],
    // The password is NetworkCredential's second argument (a domain may follow it) and
    // DirectoryEntry's third.
    pattern:
      /(?:NetworkCredential\s{0,3}\(|DirectoryEntry\s{0,3}\(\s{0,3}"[^"\n]{0,200}"\s{0,3},)\s{0,3}"[^"\n]{1,200}"\s{0,3},\s{0,3}"([^"\n]{4,128})"/i,
    allow: [/^\$|^\{/],
    samples: {
      positive: [
        'sender.Credentials = new NetworkCredential("NuGets@example.com", "vzihlaquknriqlht");',
        '$webClient.Credentials = new-object System.Net.NetworkCredential("cidownload", "AP7JaG9ToerxBc6gWP5LcU2CNpb");',
        'var entry = new DirectoryEntry("LDAP://EXAMPLE.COM", "ADMNALRRHH@EXAMPLE.COM", "Rrhh1234x");',
        'var cred = new System.Net.NetworkCredential("admin", "46nWq7LkIqC", "CORP");',
      ],
      negative: [
        'client.Credentials = new NetworkCredential(user, password);',
        'new NetworkCredential("svc", Environment.GetEnvironmentVariable("SMTP_PASSWORD"))',
        'new DirectoryEntry("LDAP://EXAMPLE.COM")',
      ],
    },
  },
  {
    id: 'kafka-jaas-password',
    description: 'Kafka SASL JAAS configuration with a password',
    severity: 'high',
    cwe: 798,
    keywords: ['loginmodule'],
    pattern: /LoginModule\s{1,5}required[^\n]{0,400}?password\s{0,3}=\s{0,3}"([^"\n]{4,128})"/,
    samples: {
      positive: [
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="vcuWoqlE9YOuU0YZ4xyloQE*";',
      ],
      negative: [
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="${KAFKA_PASSWORD}";',
      ],
    },
  },
];
