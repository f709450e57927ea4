/// Contact details as printed in the report's preamble.
public struct Contact: Hashable, Sendable {
    public var address: String?
    public var postcode: String?
    public var phone: String?
    public var person: String?
    public var email: String?
    public var url: String?

    public init(address: String? = nil, postcode: String? = nil, phone: String? = nil, person: String? = nil,
                email: String? = nil, url: String? = nil) {
        self.address = address
        self.postcode = postcode
        self.phone = phone
        self.person = person
        self.email = email
        self.url = url
    }
}
