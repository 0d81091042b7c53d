%% Hand-written BEAM assembly for instructions that no Erlang source makes
%% the OTP 26 compiler emit, but that the OTP 26 loader still accepts:
%% bs_init2 (byte-sized binary construction, replaced by bs_init_bits) and
%% bs_private_append (appending to a writable binary in place). Each line
%% annotation names the file line of the instruction after it.
{module, op_asm}.
{exports, [{init2_fixed,1},{init2_sized,2},{private_append,2},{module_info,0},{module_info,1}]}.
{attributes, []}.
{labels, 11}.

%% init2_fixed(X) -> <<X:32, X:16>>, built with a literal size of 6 bytes.
{function, init2_fixed, 1, 2}.
  {label,1}.
    {line,[{location,"op_asm.S",15}]}.
    {func_info,{atom,op_asm},{atom,init2_fixed},1}.
  {label,2}.
    {line,[{location,"op_asm.S",18}]}.
    {bs_init2,{f,0},6,0,1,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,32},1,{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[]},{x,0}}.
    {move,{x,1},{x,0}}.
    return.

%% init2_sized(N, Byte) -> N copies of Byte, the size taken from a register;
%% a size that is not a non-negative integer raises badarg.
{function, init2_sized, 2, 4}.
  {label,3}.
    {line,[{location,"op_asm.S",29}]}.
    {func_info,{atom,op_asm},{atom,init2_sized},2}.
  {label,4}.
    {line,[{location,"op_asm.S",32}]}.
    {bs_init2,{f,0},{x,0},0,2,{field_flags,[]},{x,2}}.
    {line,[{location,"op_asm.S",34}]}.
    {bs_put_integer,{f,0},{x,0},8,{field_flags,[]},{x,1}}.
    {move,{x,2},{x,0}}.
    return.

%% private_append(A, B) -> <<A:8, B:16>>, grown in place from an empty
%% writable binary.
{function, private_append, 2, 6}.
  {label,5}.
    {line,[{location,"op_asm.S",43}]}.
    {func_info,{atom,op_asm},{atom,private_append},2}.
  {label,6}.
    {allocate,2,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {move,{integer,0},{x,0}}.
    bs_init_writable.
    {bs_private_append,{f,0},{integer,8},1,{x,0},{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{y,0}}.
    {bs_private_append,{f,0},{integer,16},1,{x,0},{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[]},{y,1}}.
    {deallocate,2}.
    return.

{function, module_info, 0, 8}.
  {label,7}.
    {line,[]}.
    {func_info,{atom,op_asm},{atom,module_info},0}.
  {label,8}.
    {move,{atom,op_asm},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 10}.
  {label,9}.
    {line,[]}.
    {func_info,{atom,op_asm},{atom,module_info},1}.
  {label,10}.
    {move,{x,0},{x,1}}.
    {move,{atom,op_asm},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
