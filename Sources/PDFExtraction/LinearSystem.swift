/// Small dense linear systems: a homography's eight unknowns, a surface's six, a line's two.
enum LinearSystem {
    /// The line `y = intercept + slope · x` through weighted points by least squares; nil when
    /// the points do not determine it (fewer than two distinct `x`).
    static func lineFit<S: Sequence>(_ points: S) -> (intercept: Double, slope: Double)? where S.Element == (x: Double, y: Double, weight: Double) {
        var sw = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for p in points {
            sw += p.weight; sx += p.weight * p.x; sy += p.weight * p.y
            sxx += p.weight * p.x * p.x; sxy += p.weight * p.x * p.y
        }
        let d = sw * sxx - sx * sx
        guard d > 0 else { return nil }
        let slope = (sw * sxy - sx * sy) / d
        return ((sy - slope * sx) / sw, slope)
    }

    /// The `x` with `a x = b`, by Gaussian elimination with partial pivoting; nil when `a` is
    /// singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var a = a, b = b
        let n = b.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-12 else { return nil }
            a.swapAt(col, pivot); b.swapAt(col, pivot)
            for row in 0..<n where row != col {
                let f = a[row][col] / a[col][col]
                if f == 0 { continue }
                for k in col..<n { a[row][k] -= f * a[col][k] }
                b[row] -= f * b[col]
            }
        }
        return (0..<n).map { b[$0] / a[$0][$0] }
    }
}
