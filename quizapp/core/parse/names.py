"""Names a reader of any field knows on sight: products, languages, standards, acronyms, units.

A flattened row glues two cells together with no space, and where two names meet
(``TypeScriptJavaScript``, ``IKPUIN``, ``HTTPSTLS``) the characters alone cannot show the
seam; a reader sees it because both names are familiar. These lists are that familiarity,
written from general knowledge (common programming languages and software, brands, internet
and hardware standards, the acronyms of economics, law and the life sciences in English and
Latvian, SI and computing units), not from any test vocabulary. They are evidence, not
walls: a seam that leaves a known name whole on each side is likelier, one that cuts a known
name is unlikelier, and the splitter still needs a clear margin to take it.
"""

from __future__ import annotations

import re

from quizapp.core.language.markers import CAMEL_WORDS, LOWER_START_CODES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Software, programming languages, databases, platforms and their makers: the names that are
# written in camel case or with capitals inside, so a glued pair is otherwise ambiguous.
SOFTWARE = _words("""
    JavaScript TypeScript CoffeeScript ActionScript AppleScript PureScript LiveScript
    ECMAScript WebAssembly PowerShell VBScript VisualBasic ObjectiveC GraphQL NoSQL MySQL
    PostgreSQL SQLite MariaDB MongoDB CouchDB DynamoDB CockroachDB InfluxDB RethinkDB ArangoDB
    FoundationDB LevelDB RocksDB TimescaleDB DuckDB SurrealDB RavenDB OrientDB FaunaDB
    BigQuery ClickHouse OpenSearch ElasticSearch SQLServer PHP Python Java Kotlin Swift Rust
    Ruby Perl Scala Haskell Erlang Elixir Clojure Lua Dart Julia MATLAB Fortran COBOL Pascal
    Delphi Lisp Prolog Ada OCaml Groovy C# F# C++ Objective-C
    GitHub GitLab BitBucket Bitbucket SourceForge StackOverflow DevOps GitOps
    macOS iOS iPadOS watchOS tvOS visionOS HarmonyOS ChromeOS FreeBSD OpenBSD NetBSD CentOS
    RedHat OpenSUSE FreeDOS MSDOS FreeRTOS WebOS webOS KaiOS
    PowerPoint OneDrive OneNote SharePoint LibreOffice OpenOffice FileMaker QuickTime
    WinRAR WinZip VirtualBox VMware KeePass LastPass NordVPN ExpressVPN ProtonMail ProtonVPN
    DuckDuckGo WordPress WooCommerce BigCommerce PrestaShop MailChimp Mailchimp SendGrid
    HubSpot SurveyMonkey TripAdvisor DoorDash GrubHub UberEats PayPal ApplePay GooglePay
    AliExpress AliPay Alipay WeChat WhatsApp YouTube TikTok LinkedIn SnapChat Snapchat
    OnlyFans SoundCloud BandCamp DeviantArt PlayStation GameCube GeForce ThinkPad IdeaPad
    ZenBook MacBook iMac iPhone iPad iPod iCloud iTunes iMessage AirPods AirDrop AirPlay
    AirTag FaceTime FaceID TouchID CarPlay HomeKit HomePod MagSafe ProMotion AppleCare
    ChromeBook Chromebook ChromeCast Chromecast FireWire DisplayPort ThunderBolt Thunderbolt
    JetBrains IntelliJ PyCharm WebStorm PhpStorm CLion NetBeans VSCode XCode Xcode
    NodeJS NextJS NestJS VueJS AngularJS ReactJS jQuery TensorFlow PyTorch NumPy SciPy SymPy
    PySide PyQt OpenGL OpenCL DirectX WebGL WebGPU OpenSSL OpenSSH OpenVPN WireGuard GnuPG
    LibreSSL OpenAI ChatGPT DeepMind DeepSeek MidJourney Midjourney OpenStreetMap
    SpaceX StarLink Starlink PlayStore AppStore AppGallery GooglePlay GoogleDocs
    AdWords AdSense AdMob DoubleClick ClickFunnels BuzzSumo SEMrush Semrush HootSuite
    Hootsuite SproutSocial ConvertKit ActiveCampaign GetResponse SendinBlue Brevo
    SalesForce Salesforce ZoomInfo MailerLite CapCut InDesign PhotoShop Photoshop
    LightRoom Lightroom AfterEffects DaVinci FinalCut LinkedIn YouTuber TikToker
    OnePlus HarmonyOS MediaTek SnapDragon Snapdragon ExynOS Exynos PowerVR NVIDIA AMD
    Bluetooth RaspberryPi BlackBerry BlackBerryOS SoftBank eBay eBook eBooks eSIM eSports
    McDonald McDonalds McKinsey PwC KPMG EY BMW VW HSBC JPMorgan BlackRock
    SAP Cisco Intel Nvidia Huawei Xiaomi Lenovo Asus Acer Siemens Bosch Philips Sony LG
    x86 x64 x86-64 ARM64 AArch64 H.264 H.265 VP8 VP9 AV1 M.2 U.2 UTF-8 UTF-16
    SHA-1 SHA-256 SHA-512 MD5 AES AES-128 AES-256 RSA ECDSA OAuth OpenID JWT WebSocket
    WebRTC HTTP/1.1 HTTP/2 HTTP/3 IPsec PoE SoC SoCs FinTech PropTech EdTech HealthTech
    .NET ASP.NET Node.js Next.js Nuxt.js Vue.js React.js Express.js Deno WebKit
""")

# Acronyms and codes: computing and telecommunications, business and marketing, economics,
# law, science and public bodies, in English and Latvian.
ACRONYMS = _words("""
    HTTP HTTPS FTP SFTP FTPS SSH SSL TLS DTLS TCP UDP QUIC IP IPv4 IPv6 DNS DHCP NAT VPN LAN
    WAN WLAN URL URI API REST SOAP RPC JSON XML HTML CSS SVG PNG JPEG JPG GIF PDF CSV YAML
    TOML MP3 MP4 AAC FLAC WAV AVI MKV HEVC AVC SMTP IMAP POP3 LDAP SNMP NTP BGP OSPF MQTT
    CPU GPU TPU NPU APU RAM DRAM SRAM ROM EEPROM SSD HDD NVMe SATA PCIe USB HDMI VGA DVI
    LCD LED OLED AMOLED QLED IPS TFT HDR SDR UHD FHD QHD WQHD NFC RFID GPS GNSS GSM LTE
    UMTS CDMA EDGE GPRS WiFi BIOS UEFI OS IDE SDK JDK JRE JVM CLI GUI UI UX AI ML LLM GPT
    NLP CNN RNN GNU GPL LGPL AGPL MIT BSD MPL EPL CC0 IoT SaaS PaaS IaaS AWS GCP IBM HP
    ARM RISC CISC CUDA SIMD AVX RGB CMYK DPI PPI FPS DDR DDR3 DDR4 DDR5 LPDDR4 LPDDR5 GDDR6
    SD SDHC SDXC microSD eMMC UFS NAS SAN RAID CDN DDoS XSS CSRF MFA OTP PIN PUK SIM
    IMEI MAC OLAP ETL CRUD ORM MVC MVP MVVM OOP TDD CI CD QA CRM ERP CMS LMS WYSIWYG ASCII
    UTF UTF8 ANSI ISO IEC IEEE ETSI ITU W3C IETF RFC ICANN DIN ASTM CEN CENELEC EN BS NIST
    GDPR HIPAA PCI DSS SOC SLA KPI KPIs OKR OKRs ROI ROAS SEO SEM SMM SMS MMS PPC CPC CPM
    CPA CTR CTA CAC LTV MRR ARR B2B B2C D2C C2C UGC CEO CFO CTO COO CMO CIO CHRO HR PR USP
    SWOT PEST PESTEL MBA SME SMB LLC Ltd Inc GmbH AG SIA AS IPO M&A P&L EBIT EBITDA ESG CSR
    GDP GNP GNI GVA CPI PPI HICP PPP IMF ECB FED Fed OECD WTO WHO UN UNESCO UNICEF NATO EU
    EEA EFTA ECSC USSR USA US UK UAE EUR USD GBP JPY CHF CNY SEK NOK DKK PLN CZK HUF BGN RON
    LVL LTL EEK RUB UAH TRY INR AUD CAD NZD VAT FX ETF REIT APR APY NPV IRR CAPM
    S&P IKP NKP SPCI PVN UIN IIN NĪN VSAOI PCI LB ECB ES EEZ ASV ANO PSRS LPSR LR VID FKTK KNAB
    LESD LES CL KL KPL CPL APL ACPL DL KomL LAPK VDAR ECTK ECT ECHR ECtHR ECJ CJEU EST ICC ICJ TFEU TEU BGB StGB HGB ZPO StPO GG UWG
    AktG GmbHG EStG UStG BVerfG BGH UCC USC CFR CPR PACE SCOTUS AO CC CPC
    DNA RNA mRNA tRNA rRNA DNS RNS ATP ADP AMP NAD NADH NADP NADPH FAD FADH FADH2 ATF ADF
    PCR CRISPR GMO HIV AIDS BMI ECG EKG MRI CT ICU WHO pH ETC CO2 CFC HFC PET PVC
    LCA COVID SARS MERS HPV
    SI SIU CGS ISS NASA ESA CERN LHC GMT UTC CET EET CEST EEST BC AD BCE CE
""")

# Brands, products and services of everyday and working life, and the bodies, agencies and
# frameworks that an article of any field names (from general knowledge, by kind).
BRANDS = _words("""
    QuickBooks FreshBooks NetSuite Xero Sage Intuit TurboTax AutoCAD SolidWorks Revit SketchUp
    ArchiCAD CATIA Blender ZBrush Maya Illustrator Premiere GarageBand LogicPro ProTools
    Ableton FigJam Figma InVision Miro Notion Asana ClickUp Basecamp Trello Jira Confluence
    Slack Zoom Webex Dropbox Evernote Shopify Magento Squarespace Wix Webflow Stripe Klarna
    Revolut Venmo Netflix Spotify Airbnb Booking.com Expedia Tesla Uber Lyft Bolt Wolt Glovo
    Kindle FireTV GoPro Fitbit Garmin Roku Xbox Nintendo GameBoy NintendoDS Galaxy Pixel
    Surface Arduino BeagleBone ZigBee Z-Wave LoRa LoRaWAN Sigfox NB-IoT LTE-M WiMAX DOCSIS ADSL
    VDSL FTTH GPON BLE Ethernet PowerBI Tableau Looker Qlik Excel Word Outlook OneDrive
    Teams Skype Photoshop Lightroom Acrobat Dreamweaver AutoDesk Autodesk MATLAB Simulink
    LabVIEW SPSS Stata RStudio Jupyter Anaconda Docker Kubernetes OpenShift Terraform Ansible
    Jenkins CircleCI TravisCI SonarQube Grafana Prometheus Kibana Splunk Datadog NewRelic
    PagerDuty Cloudflare Akamai Fastly Heroku Netlify Vercel DigitalOcean Linode Hetzner
    IKEA LEGO H&M Zara Nike Adidas Puma Reebok CocaCola Coca-Cola PepsiCo Nestlé Unilever
    FedEx UPS DHL Maersk Boeing Airbus Lufthansa Ryanair easyJet airBaltic KLM AirFrance
    Volkswagen Mercedes Audi Toyota Honda Hyundai Kia Volvo Škoda Renault Peugeot Ford
    Walmart Costco Lidl Aldi Rimi Maxima Tesco Carrefour Amazon Temu Shein Etsy Zalando
    Visa Mastercard MasterCard AmEx Swedbank SEB Luminor Citadele Nordea Santander Barclays
    Goldman Morgan BlackRock Vanguard Fidelity Bloomberg Reuters Nasdaq NYSE FTSE DAX CAC
    Nikkei OMX Dow S&P
""")
BODIES = _words("""
    HMRC IRS FBI CIA NSA NASA ESA CERN ESO WHO WTO IMF UN UNESCO UNICEF UNHCR NATO OECD OPEC
    FIFA UEFA IOC IAAF ICC ICJ ECB ECHR ECtHR CJEU EBRD EIB SEC FCA FDA EMA EPA CDC NHS NIH
    BBC CNN NBC CBS ABC AP AFP LETA BNS LTV LSM LU RTU LLU VID KNAB PTAC DVI VDI LNB FKTK
    SPKC NVD VARAM IZM ANO ES EDSO ESAO PVO ILO WIPO
    GAAP IFRS ESG PMP PRINCE2 ITIL COBIT TOGAF CISSP CISA CISM CCNA CCNP MCSE PMBOK CMMI
    SAFe Scrum Kanban Lean Agile OKR SWOT PESTLE BCG RACI MoSCoW SMART
""")

# Molecules and enzymes of biology written with capitals inside.
BIOLOGY = _words("""
    ATPase GTPase ATFāze RuBisCO Rubisco NADH NADPH NAD⁺ NADP⁺ FADH₂ CoA DNase RNase
    mtDNA cDNA siRNA miRNA snRNA tRNS mRNS DNS RNS HbA1c IgG IgA IgM IgE pKa Kₘ
""")

# Units, mainly those written with capitals or glued to their number ("36 MB", "5 kWh").
UNITS = _words("""
    B KB kB MB GB TB PB KiB MiB GiB TiB bit kbit Mbit Gbit bps kbps Mbps Gbps MB/s GB/s
    MP Mpx Hz kHz MHz GHz THz W kW MW GW mW Wh kWh MWh GWh TWh V mV kV A mA mAh Ah Pa kPa MPa hPa
    dB dBm lm lx cd mol mmol µmol K °C °F km cm mm µm nm pm m² m³ km² kg mg µg ng ml mL µl
    dl dL cl cL kcal kJ MJ eV keV MeV GeV rpm ppm ppb
    """)

# Names written with a hyphen.
HYPHENATED = _words("USB-A USB-B USB-C Wi-Fi Blu-ray X-ray T-Mobile Coca-Cola Rolls-Royce "
                    "Mercedes-Benz Hewlett-Packard Harley-Davidson")

# Cellular generations, video resolutions, quarters and halves of a year.
CODES = _words("1G 2G 3G 4G 5G 6G 6E 2K 4K 5K 8K 3D 2D 4D Q1 Q2 Q3 Q4 H1 H2")

KNOWN_NAMES: frozenset[str] = (SOFTWARE | BRANDS | BODIES | ACRONYMS | BIOLOGY | UNITS | CODES
                               | HYPHENATED | CAMEL_WORDS | LOWER_START_CODES)
# Names and codes led by a small letter ("iOS", "x86", "eBay", "mRNA"): glued to the end of a
# word, only knowing them tells where they start. (Not units: "eV" in "rateVAT" is no unit.)
LOWER_LED: frozenset[str] = frozenset(
    n for n in SOFTWARE | BRANDS | ACRONYMS | BIOLOGY | CODES | LOWER_START_CODES
    if n[0].islower() and any(ch.isupper() or ch.isdecimal() for ch in n[1:]))

# Roman numerals as regnal numbers and centuries (I to XXXIX): "Kārlis XII", "XVI gadsimts".
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# Ingress-protection codes (IEC 60529): IP and two digits, "IP67", "IPX7".
_IP_CODE = re.compile(r"IP[0-6X][0-9X]")


def roman_numeral(token: str) -> bool:
    """``token`` is a Roman numeral (``XII``, ``IV``, ``I``)."""
    return bool(token) and _ROMAN.fullmatch(token) is not None


def known_name(token: str) -> bool:
    """``token`` is a name, acronym, unit or code a reader knows (see the lists above), a
    Roman numeral of two letters or more, or an ingress-protection code."""
    return (token in KNOWN_NAMES or (len(token) >= 2 and roman_numeral(token))
            or _IP_CODE.fullmatch(token) is not None)
