%% Hand-written BEAM assembly: each function tail-calls one native function
%% through the import table, because for these the OTP 26 compiler never
%% emits a call (it rewrites '>' and '=<' into '<' and '>=', '!' into send,
%% '/' into float instructions, maps:get/is_key/size into map BIFs or
%% instructions, and folds maps:new() and math:pi() into literals).
{module, nat_direct}.
{exports, [{gt,2},{le,2},{send,2},{fdiv,2},{map_get2,2},{map_get3,3},{map_is_key,2},{map_size,1},{map_new,0},{pi,0},{module_info,0},{module_info,1}]}.
{attributes, []}.
{labels, 25}.

{function, gt, 2, 2}.
  {label,1}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,gt},2}.
  {label,2}.
    {line,[]}.
    {call_ext_only,2,{extfunc,erlang,'>',2}}.

{function, le, 2, 4}.
  {label,3}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,le},2}.
  {label,4}.
    {line,[]}.
    {call_ext_only,2,{extfunc,erlang,'=<',2}}.

{function, send, 2, 6}.
  {label,5}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,send},2}.
  {label,6}.
    {line,[]}.
    {call_ext_only,2,{extfunc,erlang,'!',2}}.

{function, fdiv, 2, 8}.
  {label,7}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,fdiv},2}.
  {label,8}.
    {line,[]}.
    {call_ext_only,2,{extfunc,erlang,'/',2}}.

{function, map_get2, 2, 10}.
  {label,9}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,map_get2},2}.
  {label,10}.
    {line,[]}.
    {call_ext_only,2,{extfunc,maps,get,2}}.

{function, map_get3, 3, 12}.
  {label,11}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,map_get3},3}.
  {label,12}.
    {line,[]}.
    {call_ext_only,3,{extfunc,maps,get,3}}.

{function, map_is_key, 2, 14}.
  {label,13}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,map_is_key},2}.
  {label,14}.
    {line,[]}.
    {call_ext_only,2,{extfunc,maps,is_key,2}}.

{function, map_size, 1, 16}.
  {label,15}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,map_size},1}.
  {label,16}.
    {line,[]}.
    {call_ext_only,1,{extfunc,maps,size,1}}.

{function, map_new, 0, 18}.
  {label,17}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,map_new},0}.
  {label,18}.
    {line,[]}.
    {call_ext_only,0,{extfunc,maps,new,0}}.

{function, pi, 0, 20}.
  {label,19}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,pi},0}.
  {label,20}.
    {line,[]}.
    {call_ext_only,0,{extfunc,math,pi,0}}.

{function, module_info, 0, 22}.
  {label,21}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,module_info},0}.
  {label,22}.
    {move,{atom,nat_direct},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 24}.
  {label,23}.
    {line,[]}.
    {func_info,{atom,nat_direct},{atom,module_info},1}.
  {label,24}.
    {move,{x,0},{x,1}}.
    {move,{atom,nat_direct},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
