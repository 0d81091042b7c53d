//// A small ray tracer in Gleam floats: spheres and a checkered plane,
//// Lambert and specular shading, hard shadows and one level of
//// reflection. Output is ASCII art, exact pixel values and checksums.
//// Only +, -, *, / and sqrt are used, so every result is exactly
//// specified by IEEE 754 double arithmetic.

import bc_io.{dyn}

pub type Vec {
  Vec(x: Float, y: Float, z: Float)
}

pub type Material {
  Material(colour: Vec, reflect: Float, shine: Bool)
}

pub type Object {
  Sphere(centre: Vec, radius: Float, material: Material)
  Plane(y: Float)
}

pub type Hit {
  Hit(t: Float, point: Vec, normal: Vec, material: Material)
}

@external(erlang, "math", "sqrt")
fn sqrt(x: Float) -> Float

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "trunc")
fn trunc(f: Float) -> Int

@external(erlang, "erlang", "floor")
fn floor(f: Float) -> Int

@external(erlang, "erlang", "float_to_binary")
fn f2s(f: Float, opts: List(Opt)) -> String

@external(erlang, "erlang", "crc32")
fn crc32(b: BitString) -> Int

@external(erlang, "erlang", "list_to_binary")
fn bytes(l: List(Int)) -> BitString

type Opt {
  Short
}

pub fn add(a: Vec, b: Vec) -> Vec {
  Vec(a.x +. b.x, a.y +. b.y, a.z +. b.z)
}

pub fn sub(a: Vec, b: Vec) -> Vec {
  Vec(a.x -. b.x, a.y -. b.y, a.z -. b.z)
}

pub fn scale(a: Vec, s: Float) -> Vec {
  Vec(a.x *. s, a.y *. s, a.z *. s)
}

pub fn mul(a: Vec, b: Vec) -> Vec {
  Vec(a.x *. b.x, a.y *. b.y, a.z *. b.z)
}

pub fn dot(a: Vec, b: Vec) -> Float {
  a.x *. b.x +. a.y *. b.y +. a.z *. b.z
}

pub fn cross(a: Vec, b: Vec) -> Vec {
  Vec(a.y *. b.z -. a.z *. b.y, a.z *. b.x -. a.x *. b.z, a.x *. b.y -. a.y *. b.x)
}

pub fn norm(a: Vec) -> Vec {
  scale(a, 1.0 /. sqrt(dot(a, a)))
}

fn fmax(a: Float, b: Float) -> Float {
  case a >. b {
    True -> a
    False -> b
  }
}

fn fmin(a: Float, b: Float) -> Float {
  case a <. b {
    True -> a
    False -> b
  }
}

fn scene() -> List(Object) {
  [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.3, True)),
    Sphere(Vec(-2.2, 0.7, 6.5), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.0, False)),
    Sphere(Vec(2.0, 0.5, 4.2), 0.5, Material(Vec(0.3, 0.4, 1.0), 0.6, True)),
    Plane(0.0),
  ]
}

const light = Vec(-4.0, 6.0, 0.0)

const eps = 0.0001

/// Nearest positive intersection distance of a ray with an object.
pub fn intersect(origin: Vec, dir: Vec, obj: Object) -> Result(Float, Nil) {
  case obj {
    Sphere(c, r, _) -> {
      let oc = sub(origin, c)
      let b = dot(oc, dir)
      let cc = dot(oc, oc) -. r *. r
      let disc = b *. b -. cc
      case disc <. 0.0 {
        True -> Error(Nil)
        False -> {
          let s = sqrt(disc)
          let t1 = 0.0 -. b -. s
          let t2 = 0.0 -. b +. s
          case t1 >. eps, t2 >. eps {
            True, _ -> Ok(t1)
            False, True -> Ok(t2)
            False, False -> Error(Nil)
          }
        }
      }
    }
    Plane(y) ->
      case dir.y == 0.0 {
        True -> Error(Nil)
        False -> {
          let t = { y -. origin.y } /. dir.y
          case t >. eps {
            True -> Ok(t)
            False -> Error(Nil)
          }
        }
      }
  }
}

fn nearest(origin: Vec, dir: Vec, objs: List(Object), best: Result(Hit, Nil)) -> Result(Hit, Nil) {
  case objs {
    [] -> best
    [obj, ..rest] ->
      case intersect(origin, dir, obj) {
        Error(Nil) -> nearest(origin, dir, rest, best)
        Ok(t) -> {
          let closer = case best {
            Ok(h) -> t <. h.t
            Error(Nil) -> True
          }
          case closer {
            False -> nearest(origin, dir, rest, best)
            True -> {
              let p = add(origin, scale(dir, t))
              let hit = case obj {
                Sphere(c, _, m) -> Hit(t, p, norm(sub(p, c)), m)
                Plane(_) -> Hit(t, p, Vec(0.0, 1.0, 0.0), checker(p))
              }
              nearest(origin, dir, rest, Ok(hit))
            }
          }
        }
      }
  }
}

fn checker(p: Vec) -> Material {
  case { floor(p.x) + floor(p.z) } % 2 == 0 {
    True -> Material(Vec(0.9, 0.9, 0.9), 0.1, False)
    False -> Material(Vec(0.15, 0.15, 0.15), 0.1, False)
  }
}

fn in_shadow(p: Vec, to_light: Vec, dist: Float) -> Bool {
  case nearest(p, to_light, scene(), Error(Nil)) {
    Ok(h) -> h.t <. dist
    Error(Nil) -> False
  }
}

fn pow16(x: Float) -> Float {
  let x2 = x *. x
  let x4 = x2 *. x2
  let x8 = x4 *. x4
  x8 *. x8
}

pub fn trace(origin: Vec, dir: Vec, depth: Int) -> Vec {
  case nearest(origin, dir, scene(), Error(Nil)) {
    Error(Nil) -> {
      let sky = 0.5 +. 0.5 *. dir.y
      Vec(0.2 *. sky, 0.3 *. sky, 0.5 *. sky)
    }
    Ok(Hit(_, p, n, m)) -> {
      let lv = sub(light, p)
      let dist = sqrt(dot(lv, lv))
      let l = scale(lv, 1.0 /. dist)
      let ambient = scale(m.colour, 0.1)
      let direct = case in_shadow(p, l, dist) {
        True -> Vec(0.0, 0.0, 0.0)
        False -> {
          let diffuse = scale(m.colour, fmax(0.0, dot(n, l)))
          case m.shine {
            False -> diffuse
            True -> {
              let h = norm(sub(l, dir))
              let spec = pow16(fmax(0.0, dot(n, h)))
              add(diffuse, Vec(spec, spec, spec))
            }
          }
        }
      }
      let local = add(ambient, direct)
      case m.reflect >. 0.0 && depth > 0 {
        False -> local
        True -> {
          let r = sub(dir, scale(n, 2.0 *. dot(dir, n)))
          let reflected = trace(p, r, depth - 1)
          add(scale(local, 1.0 -. m.reflect), scale(reflected, m.reflect))
        }
      }
    }
  }
}

fn camera_ray(px: Int, py: Int, w: Int, h: Int) -> Vec {
  let aspect = to_float(w) /. to_float(h) *. 0.5
  let u = { to_float(px) +. 0.5 } /. to_float(w) *. 2.0 -. 1.0
  let v = 1.0 -. { to_float(py) +. 0.5 } /. to_float(h) *. 2.0
  norm(Vec(u *. aspect *. 1.2, v *. 0.6 -. 0.12, 1.0))
}

const eye = Vec(0.0, 1.0, 0.0)

fn luminance(c: Vec) -> Float {
  fmin(1.0, 0.299 *. c.x +. 0.587 *. c.y +. 0.114 *. c.z)
}

const ramp = " .:-=+*#%@"

fn ramp_char(lum: Float) -> String {
  let i = trunc(fmax(0.0, lum) *. 9.999)
  slice(ramp, i)
}

@external(erlang, "binary", "part")
fn part(s: String, pos: Int, len: Int) -> String

fn slice(s: String, i: Int) -> String {
  part(s, i, 1)
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

fn each(xs: List(a), f: fn(a) -> Nil) -> Nil {
  case xs {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn render_ascii(w: Int, h: Int, depth: Int) -> Nil {
  each(range(0, h - 1), fn(y) {
    let row = map(range(0, w - 1), fn(x) { ramp_char(luminance(trace(eye, camera_ray(x, y, w, h), depth))) })
    bc_io.println(join(row))
  })
}

fn join(parts: List(String)) -> String {
  case parts {
    [] -> ""
    [p, ..rest] -> p <> join(rest)
  }
}

// ---- cases ----

pub fn vector_ops() -> List(Vec) {
  let a = Vec(1.0, 2.0, 3.0)
  let b = Vec(-2.0, 0.5, 4.0)
  [add(a, b), sub(a, b), scale(a, 0.1), cross(a, b), norm(a), norm(Vec(0.0, 0.0, -7.0)), mul(a, b)]
}

pub fn dot_products() -> List(Float) {
  [dot(Vec(1.0, 2.0, 3.0), Vec(4.0, 5.0, 6.0)), dot(norm(Vec(1.0, 1.0, 1.0)), norm(Vec(1.0, 1.0, 1.0))), dot(Vec(0.1, 0.2, 0.3), Vec(0.3, 0.2, 0.1))]
}

pub fn intersections() -> List(Result(Float, Nil)) {
  let o = Vec(0.0, 1.0, 0.0)
  map(scene(), fn(obj) { intersect(o, norm(Vec(0.0, 0.0, 1.0)), obj) })
  |> append(map(scene(), fn(obj) { intersect(o, norm(Vec(0.3, -0.2, 1.0)), obj) }))
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

pub fn camera_corners() -> List(Vec) {
  [camera_ray(0, 0, 48, 24), camera_ray(47, 0, 48, 24), camera_ray(0, 23, 48, 24), camera_ray(47, 23, 48, 24), camera_ray(24, 12, 48, 24)]
}

pub fn render_small() -> Nil {
  render_ascii(48, 20, 0)
}

pub fn render_reflections() -> Nil {
  render_ascii(64, 28, 2)
}

pub fn pixel_samples() -> List(Vec) {
  map([#(24, 10), #(8, 12), #(40, 15), #(24, 18), #(2, 2), #(33, 11)], fn(p: #(Int, Int)) { trace(eye, camera_ray(p.0, p.1, 48, 24), 2) })
}

pub fn shadow_checks() -> List(Bool) {
  let points = [Vec(0.0, 0.0, 5.0), Vec(1.0, 0.0, 6.0), Vec(3.0, 0.0, 1.0), Vec(-2.2, 0.0, 6.5), Vec(0.0, 2.1, 5.0)]
  map(points, fn(p) {
    let lv = sub(light, p)
    let dist = sqrt(dot(lv, lv))
    in_shadow(add(p, Vec(0.0, eps, 0.0)), scale(lv, 1.0 /. dist), dist)
  })
}

fn to_byte(f: Float) -> Int {
  trunc(fmin(1.0, fmax(0.0, f)) *. 255.0)
}

pub fn image_checksum() -> #(Int, Int, String) {
  let pixels =
    flat_map(range(0, 39), fn(y) {
      flat_map(range(0, 59), fn(x) {
        let c = trace(eye, camera_ray(x, y, 60, 40), 2)
        [to_byte(c.x), to_byte(c.y), to_byte(c.z)]
      })
    })
  let total = sum_floats(map(range(0, 39), fn(y) { luminance(trace(eye, camera_ray(30, y, 60, 40), 2)) }), 0.0)
  #(list_length(pixels, 0), crc32(bytes(pixels)), f2s(total, [Short]))
}

fn flat_map(xs: List(a), f: fn(a) -> List(b)) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> append(f(x), flat_map(rest, f))
  }
}

fn sum_floats(xs: List(Float), acc: Float) -> Float {
  case xs {
    [] -> acc
    [x, ..rest] -> sum_floats(rest, acc +. x)
  }
}

fn list_length(xs: List(a), n: Int) -> Int {
  case xs {
    [] -> n
    [_, ..rest] -> list_length(rest, n + 1)
  }
}

pub fn print_row_values() -> Nil {
  each(range(0, 11), fn(x) {
    let c = trace(eye, camera_ray(x * 4, 12, 48, 24), 1)
    bc_io.format("~2w ~s ~s ~s~n", [dyn(x * 4), dyn(f2s(c.x, [Short])), dyn(f2s(c.y, [Short])), dyn(f2s(c.z, [Short]))])
  })
}
