//! Who is asking: the client's address, for throttling. Behind proxies the
//! connection comes from the last proxy, and `X-Forwarded-For` lists the hops
//! before it, each proxy appending the address it saw. Anything left of our
//! own proxies' entries was written by the client and can be anything, so the
//! client is the right-most address that is not one of our trusted proxies.

use std::net::IpAddr;

/// Addresses and networks of the reverse proxies in front of Tandem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

/// A list entry that is neither an address nor a network (`10.0.0.0/8`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadProxy(pub String);

impl TrustedProxies {
    /// Nobody: `X-Forwarded-For` is ignored and the connection's address is the client.
    pub fn none() -> TrustedProxies {
        TrustedProxies(Vec::new())
    }

    /// The usual places for a proxy of one's own: this machine and private networks.
    pub fn local_networks() -> TrustedProxies {
        let nets = ["127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "::1/128", "fc00::/7"];
        TrustedProxies::parse(&nets.join(",")).unwrap_or_default()
    }

    /// Reads a comma-separated list of addresses and networks.
    pub fn parse(list: &str) -> Result<TrustedProxies, BadProxy> {
        let mut nets = Vec::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let bad = || BadProxy(item.to_owned());
            let (addr, bits) = match item.split_once('/') {
                Some((a, b)) => (a, Some(b.parse::<u8>().map_err(|_| bad())?)),
                None => (item, None),
            };
            let ip: IpAddr = addr.parse().map_err(|_| bad())?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = bits.unwrap_or(max);
            if bits > max {
                return Err(bad());
            }
            nets.push((ip, bits));
        }
        Ok(TrustedProxies(nets))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|(net, bits)| in_network(ip, *net, *bits))
    }

    /// The client's address: the connection's, unless it comes from a trusted
    /// proxy; then the right-most forwarded address that is not a trusted
    /// proxy (an entry that is not an address stops the walk: the hop before
    /// it is the last one we can vouch for).
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let Some(chain) = forwarded_for else { return peer };
        let mut client = peer;
        for hop in chain.rsplit(',').map(str::trim) {
            match hop.parse::<IpAddr>() {
                Ok(ip) => {
                    client = ip;
                    if !self.trusts(ip) {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        client
    }
}

fn in_network(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = if bits == 0 { 0 } else { u32::MAX << (32 - u32::from(bits)) };
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = if bits == 0 { 0 } else { u128::MAX << (128 - u32::from(bits)) };
            u128::from(a) & mask == u128::from(n) & mask
        }
        // An IPv4 client seen through an IPv6 socket.
        (IpAddr::V6(a), IpAddr::V4(_)) => a.to_ipv4_mapped().is_some_and(|v4| in_network(IpAddr::V4(v4), net, bits)),
        (IpAddr::V4(_), IpAddr::V6(_)) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_client_is_the_right_most_address_that_is_not_our_proxy() {
        let ours = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7").unwrap();
        // The client wrote the first two entries; our proxies added the rest.
        let chain = "6.6.6.6, 1.1.1.1, 203.0.113.9, 10.1.2.3";
        assert_eq!(ours.client(ip("192.0.2.7"), Some(chain)), ip("203.0.113.9"));
        assert_eq!(ours.client(ip("192.0.2.7"), None), ip("192.0.2.7"));
        // Not through our proxy: the header is the client's own invention.
        assert_eq!(ours.client(ip("198.51.100.4"), Some(chain)), ip("198.51.100.4"));
        // Nobody trusted: the header is never read.
        assert_eq!(TrustedProxies::none().client(ip("10.1.1.1"), Some("1.2.3.4")), ip("10.1.1.1"));
        // Garbage stops the walk at the last hop we can vouch for.
        assert_eq!(ours.client(ip("192.0.2.7"), Some("1.2.3.4, nonsense, 10.9.9.9")), ip("10.9.9.9"));
        // Every hop ours: the left-most is the best we know.
        assert_eq!(ours.client(ip("192.0.2.7"), Some("10.0.0.5, 10.0.0.6")), ip("10.0.0.5"));
    }

    #[test]
    fn networks_of_both_families_and_bad_entries() {
        let local = TrustedProxies::local_networks();
        for trusted in ["127.0.0.1", "10.200.1.1", "172.31.255.255", "192.168.1.1", "::1", "fd00::1", "::ffff:10.0.0.1"]
        {
            assert!(local.trusts(ip(trusted)), "{trusted}");
        }
        for outside in ["172.32.0.1", "8.8.8.8", "2001:db8::1"] {
            assert!(!local.trusts(ip(outside)), "{outside}");
        }
        assert_eq!(TrustedProxies::parse("10.0.0.0/33"), Err(BadProxy(String::from("10.0.0.0/33"))));
        assert_eq!(TrustedProxies::parse("proxy.internal"), Err(BadProxy(String::from("proxy.internal"))));
        assert!(TrustedProxies::parse("0.0.0.0/0").unwrap().trusts(ip("8.8.8.8")));
        assert!(TrustedProxies::parse(" ").unwrap().is_empty());
    }
}
